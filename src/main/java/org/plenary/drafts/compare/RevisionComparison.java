package org.plenary.drafts.compare;

import java.util.List;

import org.plenary.diff.Comparison;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.process.ProcessRef;

/**
 * Two revisions of a document compared paragraph by paragraph, aligned by lineage: the rows in the newer revision's
 * order (deleted ones where they stood), a summary per section or objective, and the underlying comparison with
 * the nodes its indices refer to.
 *
 * @param process the process
 * @param revisions every revision of the document, for choosing another pair
 * @param from the older revision
 * @param to the newer revision
 * @param paragraphs the rows
 * @param parts the summary per section or objective, in document order
 * @param changes the number of rows that are changes
 * @param comparison the comparison of the two node lists
 * @param fromNodes the older revision's nodes, indexed as in the comparison
 * @param toNodes the newer revision's nodes, indexed as in the comparison
 */
public record RevisionComparison(
        ProcessRef process,
        List<RevisionRow> revisions,
        RevisionRow from,
        RevisionRow to,
        List<ComparedParagraph> paragraphs,
        List<PartSummary> parts,
        int changes,
        Comparison comparison,
        List<NodeRow> fromNodes,
        List<NodeRow> toNodes) {

    /** Words inserted in all. */
    public int wordsAdded() {
        return this.comparison.summary().wordsAdded();
    }

    /** Words deleted in all. */
    public int wordsRemoved() {
        return this.comparison.summary().wordsRemoved();
    }
}
