package org.plenary.drafts.compare;

import java.util.List;

import org.plenary.diff.TextOp;
import org.plenary.drafts.NodeRow;

/**
 * One row of a revision comparison: a paragraph of the older revision, of the newer one, or of both (same lineage).
 *
 * @param status equal, changed, renumbered (only its label changed: not a change), moved, inserted or deleted
 * @param from the older paragraph, or {@code null}
 * @param to the newer paragraph, or {@code null}
 * @param ops the word-level operations from the older to the newer text
 * @param changeNumber 1, 2, ... for rows that are changes (for navigation), 0 otherwise
 * @param part the title of the section or objective it belongs to
 * @param note the short name of the old paragraph it was split off, or of the new one it was merged into, or
 * {@code null}
 */
public record ComparedParagraph(
        String status, NodeRow from, NodeRow to, List<TextOp> ops, int changeNumber, String part, String note) {

    /** Whether this row is a change worth showing (not equal, not only renumbered). */
    public boolean change() {
        return this.changeNumber > 0;
    }

    /** The node shown for this row: the newer one, or the older one if deleted. */
    public NodeRow node() {
        return (this.to != null) ? this.to : this.from;
    }

    /** The lineage of the row's paragraph. */
    public Long lineageId() {
        return node().lineageId();
    }

    /** The anchor of the row in the comparison page. */
    public String anchor() {
        return (this.changeNumber > 0) ? "change-" + this.changeNumber : node().anchor();
    }

    /** Whether the row is a section or objective heading. */
    public boolean heading() {
        return node().kind().heading();
    }

    /** Whether the label changed (renumbered or re-lettered). */
    public boolean relabelled() {
        return this.from != null
                && this.to != null
                && this.from.label() != null
                && !this.from.label().equals(this.to.label());
    }
}
