package org.plenary.diff;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a {@link Comparison}: a paragraph of the older version, of the newer version, or of both.
 *
 * <p>The operations are exact: the {@link TextOp.Kind#EQUAL equal} and {@link TextOp.Kind#DELETE delete}
 * texts, concatenated in order, give the older paragraph; the equal and {@link TextOp.Kind#INSERT insert}
 * texts give the newer one (see {@link #fromText()} and {@link #toText()}).
 *
 * @param status what happened to the paragraph
 * @param from index of the paragraph in the older version (0-based), or {@code null} if it was inserted
 * @param to index of the paragraph in the newer version (0-based), or {@code null} if it was deleted
 * @param ops the word-level operations turning the older paragraph into the newer one
 * @param renumberedOnly {@code true} if the two paragraphs differ only in their leading number or letter
 * label (such as {@code "12."} becoming {@code "13."}, or {@code "(c)"} becoming {@code "(d)"}), so that a
 * reader may hide the change; the operations still show it
 * @param splitFrom for an inserted paragraph that was split off an old paragraph, the index of that old
 * paragraph (whose entry, next to this one, shows the split-off text as deleted); otherwise {@code null}
 * @param mergedInto for a deleted paragraph that was merged into a new paragraph, the index of that new
 * paragraph (whose entry, next to this one, shows the merged text as inserted); otherwise {@code null}
 */
public record ParagraphChange(
        ChangeStatus status,
        Integer from,
        Integer to,
        List<TextOp> ops,
        boolean renumberedOnly,
        Integer splitFrom,
        Integer mergedInto) {

    /**
     * Validates the entry and makes its operations immutable.
     */
    public ParagraphChange {
        Objects.requireNonNull(status, "status");
        ops = List.copyOf(ops);
        boolean hasFrom = from != null;
        boolean hasTo = to != null;
        boolean consistent = switch (status) {
            case INSERTED -> !hasFrom && hasTo;
            case DELETED -> hasFrom && !hasTo;
            case EQUAL, CHANGED, MOVED -> hasFrom && hasTo;
        };
        if (!consistent) {
            throw new IllegalArgumentException(
                    "A " + status.apiName() + " paragraph cannot have from=" + from + " and to=" + to);
        }
        if ((splitFrom != null && status != ChangeStatus.INSERTED)
                || (mergedInto != null && status != ChangeStatus.DELETED)) {
            throw new IllegalArgumentException("Only an inserted paragraph is split off, only a deleted one merged");
        }
    }

    /**
     * An entry that is neither split off nor merged.
     * @param status what happened to the paragraph
     * @param from index in the older version, or {@code null}
     * @param to index in the newer version, or {@code null}
     * @param ops the word-level operations
     * @param renumberedOnly whether only the leading label changed
     */
    public ParagraphChange(ChangeStatus status, Integer from, Integer to, List<TextOp> ops, boolean renumberedOnly) {
        this(status, from, to, ops, renumberedOnly, null, null);
    }

    ParagraphChange withSplitFrom(int fromIndex) {
        return new ParagraphChange(this.status, this.from, this.to, this.ops, this.renumberedOnly, fromIndex, null);
    }

    ParagraphChange withMergedInto(int toIndex) {
        return new ParagraphChange(this.status, this.from, this.to, this.ops, this.renumberedOnly, null, toIndex);
    }

    /**
     * The text of the operations of one kind, concatenated.
     * @param kind the kind of operation
     * @return the concatenated text, empty if there is none
     */
    public String textOf(TextOp.Kind kind) {
        StringBuilder text = new StringBuilder();
        for (TextOp op : this.ops) {
            if (op.op() == kind) {
                text.append(op.text());
            }
        }
        return text.toString();
    }

    /**
     * Rebuilds the older paragraph from the operations.
     * @return the older paragraph, or an empty string if the paragraph was inserted
     */
    public String fromText() {
        return concatenate(TextOp.Kind.DELETE);
    }

    /**
     * Rebuilds the newer paragraph from the operations.
     * @return the newer paragraph, or an empty string if the paragraph was deleted
     */
    public String toText() {
        return concatenate(TextOp.Kind.INSERT);
    }

    private String concatenate(TextOp.Kind sideSpecific) {
        StringBuilder text = new StringBuilder();
        for (TextOp op : this.ops) {
            if (op.op() == TextOp.Kind.EQUAL || op.op() == sideSpecific) {
                text.append(op.text());
            }
        }
        return text.toString();
    }
}
