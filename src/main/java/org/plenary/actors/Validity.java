package org.plenary.actors;

import java.time.LocalDate;

/**
 * A period from one date to another, both inclusive; a missing end means open.
 */
record Validity(LocalDate from, LocalDate to) {

    Validity {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A validity period cannot end before it starts");
        }
    }

    boolean contains(LocalDate date) {
        return (this.from == null || !date.isBefore(this.from)) && (this.to == null || !date.isAfter(this.to));
    }

    boolean overlaps(Validity other) {
        boolean startsBeforeOtherEnds = this.from == null || other.to == null || !this.from.isAfter(other.to);
        boolean endsAfterOtherStarts = this.to == null || other.from == null || !this.to.isBefore(other.from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
