package org.plenary.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the timelines of processes in three queries whatever the number of processes.
 */
@Component
@Transactional(readOnly = true)
class TimelineReader {

    private final Processes processes;

    private final Clock clock;

    TimelineReader(Processes processes, Clock clock) {
        this.processes = processes;
        this.clock = clock;
    }

    List<Timeline> timelines(List<ProcessRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = refs.stream().map(ProcessRef::id).toList();
        Map<Long, List<TimelineSpan>> phases =
                this.processes.findPhaseSpans(ids).stream().collect(Collectors.groupingBy(TimelineSpan::processId));
        Map<Long, List<TimelineSpan>> rounds =
                this.processes.findRoundSpans(ids).stream().collect(Collectors.groupingBy(TimelineSpan::processId));
        LocalDate today = LocalDate.now(this.clock);
        return refs.stream()
                .map(p -> Timeline.of(
                        p, phases.getOrDefault(p.id(), List.of()), rounds.getOrDefault(p.id(), List.of()), today))
                .toList();
    }
}
