package org.plenary.process;

import java.time.LocalDate;

/**
 * What other modules need to know of a process.
 */
public record ProcessRef(Long id, String slug, String name, LocalDate startsOn, LocalDate endsOn) {

    static ProcessRef of(Process process) {
        return new ProcessRef(
                process.getId(), process.getSlug(), process.getName(), process.getStartsOn(), process.getEndsOn());
    }

    /** The date a view of this process defaults to: today, or the process' last day once it is over. */
    public LocalDate defaultAsOf(LocalDate today) {
        if (this.endsOn != null && today.isAfter(this.endsOn)) {
            return this.endsOn;
        }
        return today;
    }
}
