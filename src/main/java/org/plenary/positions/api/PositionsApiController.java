package org.plenary.positions.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.positions.LineupReader;
import org.plenary.positions.LineupView;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * The public read API of processes, issues, line-ups and an actor's positions. Public data only: positions resting
 * only on a Chatham House meeting are never included, whoever asks. The JSON names are a contract.
 */
@RestController
@RequestMapping("/api/v1")
class PositionsApiController {

    private final ProcessCatalog processes;

    private final IssueCatalog issues;

    private final LineupReader lineups;

    private final ActorDirectory actors;

    private final java.time.Clock clock;

    PositionsApiController(
            ProcessCatalog processes,
            IssueCatalog issues,
            LineupReader lineups,
            ActorDirectory actors,
            java.time.Clock clock) {
        this.processes = processes;
        this.issues = issues;
        this.lineups = lineups;
        this.actors = actors;
        this.clock = clock;
    }

    record ProcessJson(String slug, String name) {}

    record OptionJson(String key, String label) {}

    record IssueJson(String slug, String title, List<OptionJson> options) {}

    record ActorJson(String code, String name, String via) {}

    record UnknownJson(String code, String name) {}

    record ColumnJson(OptionJson option, List<ActorJson> actors) {}

    record LineupJson(String issue, LocalDate asOf, List<ColumnJson> columns, List<UnknownJson> unknown) {}

    record PositionJson(String issue, OptionJson option, LocalDate from, String evidence) {}

    @GetMapping("/processes")
    List<ProcessJson> processes() {
        return this.processes.all().stream()
                .map((p) -> new ProcessJson(p.slug(), p.name()))
                .toList();
    }

    @GetMapping("/processes/{process}/issues")
    List<IssueJson> issues(@PathVariable String process) {
        return IssueView.current(this.issues.issuesOf(process(process).id())).stream()
                .map((i) -> new IssueJson(
                        i.slug(),
                        i.title(),
                        i.options().stream().map(PositionsApiController::option).toList()))
                .toList();
    }

    @GetMapping("/processes/{process}/issues/{issue}/lineup")
    LineupJson lineup(
            @PathVariable String process,
            @PathVariable String issue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        ProcessRef found = process(process);
        IssueView current = IssueCatalog.find(this.issues.issuesOf(found.id()), issue)
                .orElseThrow(() -> new NotFoundException("issue.notFound", issue));
        LocalDate date = (asOf != null) ? asOf : found.defaultAsOf(LocalDate.now(this.clock));
        LineupView lineup = this.lineups.lineup(current, date, null, false);
        return new LineupJson(
                current.slug(),
                date,
                lineup.columns().stream()
                        .map((c) -> new ColumnJson(
                                option(c.option()),
                                c.actors().stream()
                                        .map((a) -> new ActorJson(a.code(), a.name(), a.viaName()))
                                        .toList()))
                        .toList(),
                lineup.unknown().stream()
                        .map((a) -> new UnknownJson(a.code(), a.name()))
                        .toList());
    }

    @GetMapping("/actors/{code}/positions")
    List<PositionJson> positions(@PathVariable String code, @RequestParam String process) {
        ProcessRef found = process(process);
        ActorRef actor = this.actors.find(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
        return this.lineups.historyOf(actor.id(), found.id(), false).stream()
                .map((p) -> new PositionJson(
                        p.issueSlug(), new OptionJson(p.optionKey(), p.optionLabel()), p.validFrom(), p.evidenceText()))
                .toList();
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    private static OptionJson option(IssueView.OptionView option) {
        return new OptionJson(option.key(), option.label());
    }
}
