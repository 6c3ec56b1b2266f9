package org.plenary.diff;

import java.util.List;
import java.util.Objects;

/**
 * The result of comparing two versions of a text paragraph by paragraph.
 *
 * <p>Entries follow the order of the newer version. A deleted paragraph is placed right after the entry of the
 * nearest preceding paragraph of the older version that kept its place (an {@link ChangeStatus#EQUAL equal}
 * or {@link ChangeStatus#CHANGED changed} entry); deleted paragraphs with no such predecessor come first.
 * Several deleted paragraphs at the same place keep their order in the older version. Every paragraph of
 * either version appears in exactly one entry.
 *
 * @param changes the entries, in the order described above
 * @param summary counts over the entries
 */
public record Comparison(List<ParagraphChange> changes, ComparisonSummary summary) {

    /**
     * Makes the entries immutable.
     */
    public Comparison {
        changes = List.copyOf(changes);
        Objects.requireNonNull(summary, "summary");
    }

    static Comparison of(List<ParagraphChange> changes) {
        return new Comparison(changes, ComparisonSummary.of(changes));
    }

    /**
     * Tells whether both versions have the same paragraphs in the same order.
     * @return {@code true} if every entry is {@link ChangeStatus#EQUAL equal}
     */
    public boolean unchanged() {
        return this.changes.stream().allMatch((change) -> change.status() == ChangeStatus.EQUAL);
    }
}
