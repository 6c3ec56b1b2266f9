package org.plenary.drafts;

/**
 * A node of a revision as pages show it.
 *
 * @param revisionId the revision it belongs to
 * @param id the node's id
 * @param position its place in document order (0-based)
 * @param parentPosition its parent's position, or {@code null} at top level
 * @param kind what it is
 * @param label its number or letter, or {@code null}
 * @param text its full text
 * @param lineageId the lineage it belongs to (its identity across revisions)
 */
public record NodeRow(
        Long revisionId,
        Long id,
        int position,
        Integer parentPosition,
        NodeKind kind,
        String label,
        String text,
        Long lineageId) {

    /** The anchor of the node in a page, stable across revisions: {@code p-} and its lineage id. */
    public String anchor() {
        return "p-" + this.lineageId;
    }

    /** A short name for the node: its label, or the start of its text. */
    public String shortName() {
        if (this.kind == NodeKind.OBJECTIVE || this.kind == NodeKind.SECTION) {
            String firstLine = this.text.lines().findFirst().orElse(this.text);
            return (firstLine.length() > 90) ? firstLine.substring(0, 88) + "…" : firstLine;
        }
        if (this.label != null) {
            return this.label;
        }
        return (this.text.length() > 40) ? this.text.substring(0, 38) + "…" : this.text;
    }
}
