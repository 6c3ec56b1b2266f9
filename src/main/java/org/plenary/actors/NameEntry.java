package org.plenary.actors;

import java.time.LocalDate;

/**
 * One way an actor is written, for modules that recognise names in running text: its name, official name, code, ISO
 * alpha-2 code or an alias. {@code kind} tells which, since codes count only where written in capitals. An alias may
 * hold for a period only ({@code validFrom} to {@code validTo}, inclusive, open when null); the other ways always do.
 */
public record NameEntry(Long actorId, String text, Kind kind, LocalDate validFrom, LocalDate validTo) {

    public enum Kind {
        ALIAS,
        NAME,
        CODE,
        ISO2
    }

    /** A way of writing that holds at every date. */
    public NameEntry(Long actorId, String text, Kind kind) {
        this(actorId, text, kind, null, null);
    }

    /** Whether it holds for a period only. */
    public boolean dated() {
        return this.validFrom != null || this.validTo != null;
    }

    /** Whether it holds at the date. */
    public boolean holdsOn(LocalDate date) {
        return (this.validFrom == null || !date.isBefore(this.validFrom))
                && (this.validTo == null || !date.isAfter(this.validTo));
    }
}
