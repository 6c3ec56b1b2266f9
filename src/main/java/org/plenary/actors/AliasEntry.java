package org.plenary.actors;

import java.time.LocalDate;

/** An alias as name resolution reads it, with the period it holds for (inclusive, open when null). */
public record AliasEntry(Long actorId, String alias, String normalized, LocalDate validFrom, LocalDate validTo) {

    /** Whether the alias holds at the date. */
    public boolean holdsOn(LocalDate date) {
        return new Validity(this.validFrom, this.validTo).contains(date);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return new Validity(this.validFrom, this.validTo).overlaps(new Validity(from, to));
    }
}
