package org.plenary.drafts;

import java.util.Objects;

/**
 * One node of a revision as the importer recognised it (or the analyst corrected it), before it is saved: its
 * kind, its label ("13", "23", "(a)", or {@code null}) and its full text, label included.
 *
 * @param kind what the node is
 * @param label the number or letter that identifies it in the revision, or {@code null}
 * @param text the text, never blank
 */
public record StructureNode(NodeKind kind, String label, String text) {

    public StructureNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A node has some text");
        }
    }
}
