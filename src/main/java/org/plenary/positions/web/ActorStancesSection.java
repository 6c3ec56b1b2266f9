package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.plenary.actors.ActorPageDate;
import org.plenary.actors.ActorPageSection;
import org.plenary.actors.ActorRef;
import org.plenary.positions.ActorStance;
import org.plenary.positions.LineupReader;
import org.plenary.process.ProcessRef;

/**
 * "Where does it stand?" on an actor's or a group's page: its effective stance on every issue of each process as of
 * the page's date, by the line-up's rules (a state's own position, else one it holds through a group, marked "via"),
 * with the evidence and, when the reader compares, where it stood on the other date. Also proposes the page's
 * default date: the line-up's, so that both agree.
 */
@Component
class ActorStancesSection implements ActorPageSection, ActorPageDate {

    /** What the fragment reads: the actor, the dates, and the stances per process in the processes' order. */
    record Data(ActorRef actor, LocalDate asOf, LocalDate compareWith, List<ProcessStances> processes) {}

    /** One process' issues with the actor's stance on each. */
    record ProcessStances(ProcessRef process, List<ActorStance> stances) {

        public long known() {
            return this.stances.stream().filter(ActorStance::isKnown).count();
        }
    }

    private final Readers readers;

    private final LineupReader lineups;

    ActorStancesSection(Readers readers, LineupReader lineups) {
        this.readers = readers;
        this.lineups = lineups;
    }

    @Override
    public Optional<Section> of(ActorRef actor, Request request) {
        List<ProcessRef> processes = this.readers.allProcesses();
        if (processes.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<ActorStance>> byProcess = new LinkedHashMap<>();
        for (ActorStance stance : this.lineups.stancesOf(
                actor.id(), request.asOf(), request.compareWith(), Readers.signedIn(request.viewer()))) {
            byProcess
                    .computeIfAbsent(stance.processId(), (id) -> new ArrayList<>())
                    .add(stance);
        }
        List<ProcessStances> shown = processes.stream()
                .filter((p) -> byProcess.containsKey(p.id()))
                .map((p) -> new ProcessStances(p, List.copyOf(byProcess.get(p.id()))))
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(
                10,
                "positions/actor-stances",
                "stances",
                new Data(actor, request.asOf(), request.compareWith(), shown)));
    }

    @Override
    public LocalDate defaultAsOf(LocalDate today) {
        return this.readers.allProcesses().stream()
                .map((p) -> this.readers.asOf(p, null))
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
