package org.plenary.diff;

import java.util.List;

/**
 * Counts that summarise a {@link Comparison}.
 *
 * @param equal paragraphs that stayed as they were
 * @param changed paragraphs edited in place
 * @param inserted paragraphs only in the newer version
 * @param deleted paragraphs only in the older version
 * @param moved paragraphs that changed position (with or without edits)
 * @param renumberedOnly changed or moved paragraphs whose only edit is their leading label
 * @param wordsAdded words in inserted text, including whole inserted paragraphs
 * @param wordsRemoved words in deleted text, including whole deleted paragraphs
 */
public record ComparisonSummary(
        int equal,
        int changed,
        int inserted,
        int deleted,
        int moved,
        int renumberedOnly,
        int wordsAdded,
        int wordsRemoved) {

    static ComparisonSummary of(List<ParagraphChange> changes) {
        int[] byStatus = new int[ChangeStatus.values().length];
        int renumberedOnly = 0;
        int wordsAdded = 0;
        int wordsRemoved = 0;
        for (ParagraphChange change : changes) {
            byStatus[change.status().ordinal()]++;
            if (change.renumberedOnly()) {
                renumberedOnly++;
            }
            for (TextOp op : change.ops()) {
                switch (op.op()) {
                    case INSERT -> wordsAdded += WordTokens.countWords(op.text());
                    case DELETE -> wordsRemoved += WordTokens.countWords(op.text());
                    case EQUAL -> {}
                }
            }
        }
        return new ComparisonSummary(
                byStatus[ChangeStatus.EQUAL.ordinal()],
                byStatus[ChangeStatus.CHANGED.ordinal()],
                byStatus[ChangeStatus.INSERTED.ordinal()],
                byStatus[ChangeStatus.DELETED.ordinal()],
                byStatus[ChangeStatus.MOVED.ordinal()],
                renumberedOnly,
                wordsAdded,
                wordsRemoved);
    }
}
