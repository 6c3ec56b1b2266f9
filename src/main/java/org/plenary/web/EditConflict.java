package org.plenary.web;

import java.util.List;
import java.util.Objects;

/**
 * What the conflict panel of an edit form shows: each field where the user's input differs from what is saved now.
 */
public record EditConflict(List<FieldDifference> differences) {

    public record FieldDifference(String labelKey, String yours, String saved) {}

    /** Starts a comparison of the user's values with the saved ones. */
    public static Builder compare() {
        return new Builder();
    }

    public static final class Builder {

        private final java.util.ArrayList<FieldDifference> differences = new java.util.ArrayList<>();

        public Builder field(String labelKey, Object yours, Object saved) {
            String mine = (yours != null) ? yours.toString() : "";
            String theirs = (saved != null) ? saved.toString() : "";
            if (!Objects.equals(mine, theirs)) {
                this.differences.add(new FieldDifference(labelKey, mine, theirs));
            }
            return this;
        }

        public EditConflict build() {
            return new EditConflict(List.copyOf(this.differences));
        }
    }
}
