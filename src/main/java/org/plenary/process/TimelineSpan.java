package org.plenary.process;

import java.time.LocalDate;

/**
 * A phase or a round as the timeline draws it.
 */
public record TimelineSpan(
        Long processId, String kind, Long id, String name, LocalDate startsOn, LocalDate endsOn, String location) {

    boolean contains(LocalDate date) {
        return !date.isBefore(this.startsOn) && !date.isAfter(this.endsOn);
    }
}
