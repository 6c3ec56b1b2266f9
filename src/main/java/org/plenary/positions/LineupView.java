package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.plenary.actors.RegionalGroup;

/**
 * An issue's line-up as of a date: a column per stance option, the states without a known stance, counts by
 * regional group, and (with a compare-with date) who moved.
 */
public record LineupView(
        IssueView issue,
        LocalDate asOf,
        LocalDate compareWith,
        List<Column> columns,
        List<LineupEntry> unknown,
        List<RegionCount> regions,
        int movers) {

    /** The actors that hold one option. */
    public record Column(IssueView.OptionView option, List<LineupEntry> actors) {

        public long states() {
            return this.actors.stream().filter(LineupEntry::isState).count();
        }
    }

    /**
     * States of one regional group per option (in the issue's order) and without a known stance; {@code region} is
     * null for states outside the five groups (the Holy See).
     */
    public record RegionCount(RegionalGroup region, List<Integer> perOption, int unknown) {}

    /** Every entry with a stance, in column order. */
    public List<LineupEntry> placed() {
        return this.columns.stream().flatMap((c) -> c.actors().stream()).toList();
    }

    /** Entries that had a stance on the compare-with date and have none now. */
    public List<LineupEntry> gone() {
        return this.unknown.stream().filter(LineupEntry::isMover).toList();
    }
}
