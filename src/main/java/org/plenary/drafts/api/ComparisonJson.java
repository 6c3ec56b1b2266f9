package org.plenary.drafts.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.plenary.diff.Comparison;
import org.plenary.diff.ParagraphChange;
import org.plenary.diff.TextOp;

/**
 * The JSON contract of a comparison: {@code {"paragraphs":[{"status","from","to","ops":[{"op","text"}]}]}}, with
 * lower-case names, {@code null} for a missing side, and, when comparing stored revisions, the lineage id of each
 * paragraph ({@code lineage}, left out for plain texts).
 *
 * @param paragraphs the entries, in the order of the newer text with deleted paragraphs where they stood
 */
public record ComparisonJson(List<Paragraph> paragraphs) {

    /**
     * One entry.
     * @param status equal, changed, inserted, deleted or moved
     * @param from index in the older text, or {@code null}
     * @param to index in the newer text, or {@code null}
     * @param ops the word-level operations
     * @param lineage the lineage id when comparing revisions, else left out
     */
    public record Paragraph(
            String status,
            Integer from,
            Integer to,
            List<Op> ops,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long lineage) {}

    /**
     * One operation.
     * @param op equal, insert or delete
     * @param text the text
     */
    public record Op(String op, String text) {}

    /** The contract for two plain texts. */
    public static ComparisonJson of(Comparison comparison) {
        return of(comparison, (index) -> null, (index) -> null);
    }

    /**
     * The contract for two revisions.
     * @param fromLineage lineage id of the paragraph at an index of the older revision
     * @param toLineage lineage id of the paragraph at an index of the newer revision
     */
    public static ComparisonJson of(Comparison comparison, IntFunction<Long> fromLineage, IntFunction<Long> toLineage) {
        List<Paragraph> paragraphs = new ArrayList<>(comparison.changes().size());
        for (ParagraphChange change : comparison.changes()) {
            List<Op> ops = new ArrayList<>(change.ops().size());
            for (TextOp op : change.ops()) {
                ops.add(new Op(op.op().apiName(), op.text()));
            }
            Long lineage = (change.to() != null) ? toLineage.apply(change.to()) : fromLineage.apply(change.from());
            paragraphs.add(new Paragraph(change.status().apiName(), change.from(), change.to(), ops, lineage));
        }
        return new ComparisonJson(paragraphs);
    }
}
