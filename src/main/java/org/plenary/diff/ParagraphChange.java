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
 */
public record ParagraphChange(ChangeStatus status, Integer from, Integer to, List<TextOp> ops,
		boolean renumberedOnly) {

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
