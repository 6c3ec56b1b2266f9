package org.plenary.positions;

import java.util.List;
import java.util.Optional;

/**
 * An issue as its edit page shows it: the saved title, description and version, and each stance option in order with
 * its version and how many positions use it (an option in use cannot be deleted).
 */
public record IssueEdit(
        Long id,
        String slug,
        String title,
        String description,
        boolean archived,
        long version,
        List<OptionEdit> options) {

    /** A stance option with its version and the number of positions, retracted ones included, that name it. */
    public record OptionEdit(
            Long id,
            String key,
            String label,
            String shortLabel,
            String colour,
            int rank,
            long version,
            long positions) {

        public boolean inUse() {
            return this.positions > 0;
        }
    }

    public Optional<OptionEdit> option(String key) {
        return this.options.stream().filter((o) -> o.key().equals(key)).findFirst();
    }
}
