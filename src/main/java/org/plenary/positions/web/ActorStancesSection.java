package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

    /** What the fragment reads: the actor, the compare-with date, and the stances per process in their order. */
    record Data(ActorRef actor, LocalDate compareWith, List<ProcessStances> processes) {}

    /** One process' issues with the actor's stance on each, as of the date shown for that process. */
    record ProcessStances(ProcessRef process, LocalDate asOf, List<ActorStance> stances) {

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

    /**
     * Each process as of the reader's date or, when the reader chose none, as of that process' line-up default (so
     * that the page and the line-up agree): one statement per distinct date, one in the usual case.
     */
    @Override
    public Optional<Section> of(ActorRef actor, Request request) {
        List<ProcessRef> processes = this.readers.allProcesses();
        Map<LocalDate, List<ProcessRef>> byDate = new TreeMap<>();
        for (ProcessRef process : processes) {
            LocalDate date = request.dateChosen() ? request.asOf() : this.readers.asOf(process, null);
            byDate.computeIfAbsent(date, (d) -> new ArrayList<>()).add(process);
        }
        Map<Long, ProcessStances> byProcess = new LinkedHashMap<>();
        boolean signedIn = Readers.signedIn(request.viewer());
        for (Map.Entry<LocalDate, List<ProcessRef>> dated : byDate.entrySet()) {
            Map<Long, List<ActorStance>> stances = new LinkedHashMap<>();
            for (ActorStance stance :
                    this.lineups.stancesOf(actor.id(), dated.getKey(), request.compareWith(), signedIn)) {
                stances.computeIfAbsent(stance.processId(), (id) -> new ArrayList<>())
                        .add(stance);
            }
            for (ProcessRef process : dated.getValue()) {
                if (stances.containsKey(process.id())) {
                    byProcess.put(
                            process.id(),
                            new ProcessStances(process, dated.getKey(), List.copyOf(stances.get(process.id()))));
                }
            }
        }
        List<ProcessStances> shown = processes.stream()
                .map((p) -> byProcess.get(p.id()))
                .filter(java.util.Objects::nonNull)
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Section(10, "positions/actor-stances", "stances", new Data(actor, request.compareWith(), shown)));
    }

    @Override
    public LocalDate defaultAsOf(LocalDate today) {
        return this.readers.allProcesses().stream()
                .map((p) -> this.readers.asOf(p, null))
                .max(LocalDate::compareTo)
                .orElse(null);
    }
}
