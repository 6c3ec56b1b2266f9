package org.plenary.positions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.positions.LineupReader;
import org.plenary.positions.PositionHistoryRow;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * An actor's positions over time, per issue of a process, with their evidence.
 */
@Controller
class ActorPositionsController {

    private final ActorDirectory actors;

    private final ProcessCatalog processes;

    private final LineupReader lineups;

    ActorPositionsController(ActorDirectory actors, ProcessCatalog processes, LineupReader lineups) {
        this.actors = actors;
        this.processes = processes;
        this.lineups = lineups;
    }

    @GetMapping("/actors/{code}/positions")
    String positions(
            @PathVariable String code,
            @RequestParam(required = false) String process,
            Authentication authentication,
            Model model) {
        ActorRef actor = this.actors.find(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
        List<ProcessRef> all = this.processes.all();
        ProcessRef current = StringUtils.hasText(process)
                ? this.processes.find(process).orElseThrow(() -> new NotFoundException("process.notFound", process))
                : all.stream().findFirst().orElseThrow(() -> new NotFoundException("process.notFound", ""));
        Map<String, List<PositionHistoryRow>> byIssue = new LinkedHashMap<>();
        for (PositionHistoryRow row :
                this.lineups.historyOf(actor.id(), current.id(), Readers.signedIn(authentication))) {
            byIssue.computeIfAbsent(row.issueTitle(), (t) -> new java.util.ArrayList<>())
                    .add(row);
        }
        model.addAttribute("actor", actor);
        model.addAttribute("process", current);
        model.addAttribute("processes", all);
        model.addAttribute("byIssue", byIssue);
        return "positions/actor-positions";
    }
}
