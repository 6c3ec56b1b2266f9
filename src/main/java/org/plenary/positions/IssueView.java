package org.plenary.positions;

import java.util.List;
import java.util.Optional;

/**
 * An issue with its stance options in order, as pages and the API show it. An archived issue is left out of the lists
 * ({@link #current(List)}) but its line-up stays, for history.
 */
public record IssueView(
        Long id, String slug, String title, String description, List<OptionView> options, boolean archived) {

    public IssueView(Long id, String slug, String title, String description, List<OptionView> options) {
        this(id, slug, title, description, options, false);
    }

    /** The issues that are not archived, in order: what lists show. */
    public static List<IssueView> current(List<IssueView> issues) {
        return issues.stream().filter((issue) -> !issue.archived()).toList();
    }

    /** The archived issues, in order. */
    public static List<IssueView> archived(List<IssueView> issues) {
        return issues.stream().filter(IssueView::archived).toList();
    }

    /** A stance option: its key, label, optional short label, colour and place in the issue's order. */
    public record OptionView(Long id, String key, String label, String shortLabel, String colour, int rank) {

        /** What a matrix cell shows: the short label, else the key. */
        public String abbreviation() {
            return (this.shortLabel != null) ? this.shortLabel : this.key;
        }
    }

    public Optional<OptionView> option(Long optionId) {
        return this.options.stream().filter((o) -> o.id().equals(optionId)).findFirst();
    }

    public Optional<OptionView> optionByKey(String key) {
        return this.options.stream()
                .filter((o) -> o.key().equalsIgnoreCase(key))
                .findFirst();
    }
}
