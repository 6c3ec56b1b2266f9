package org.plenary.amendments.outcome;

import java.util.Objects;

/**
 * A proposal as the outcome rule needs it.
 *
 * @param kind what it asks
 * @param target the words of the paragraph it replaces or deletes, or after which it inserts; empty for a new or
 * deleted paragraph
 * @param words the words it brings (replace, insert, new paragraph), empty otherwise
 * @param occurrence which occurrence of the target in the paragraph it means (0 for the first)
 */
public record ProposedChange(ProposalKind kind, String target, String words, int occurrence) {

    /** Normalises missing texts to empty ones. */
    public ProposedChange {
        Objects.requireNonNull(kind, "kind");
        target = (target != null) ? target : "";
        words = (words != null) ? words : "";
        if (occurrence < 0) {
            throw new IllegalArgumentException("occurrence must not be negative");
        }
    }

    /** Replace {@code old} with {@code words} at their first occurrence. */
    public static ProposedChange replace(String old, String words) {
        return new ProposedChange(ProposalKind.REPLACE, old, words, 0);
    }

    /** Insert {@code words} after the first occurrence of {@code after}. */
    public static ProposedChange insert(String after, String words) {
        return new ProposedChange(ProposalKind.INSERT, after, words, 0);
    }

    /** Delete the first occurrence of {@code old}. */
    public static ProposedChange delete(String old) {
        return new ProposedChange(ProposalKind.DELETE, old, "", 0);
    }

    /** Add a paragraph reading {@code text} after the paragraph. */
    public static ProposedChange newParagraph(String text) {
        return new ProposedChange(ProposalKind.NEW_PARAGRAPH, "", text, 0);
    }

    /** Delete the paragraph. */
    public static ProposedChange deleteParagraph() {
        return new ProposedChange(ProposalKind.DELETE_PARAGRAPH, "", "", 0);
    }

    /** The same change at another occurrence of its target. */
    public ProposedChange at(int occurrence) {
        return new ProposedChange(this.kind, this.target, this.words, occurrence);
    }

    /**
     * Whether the proposal would leave the paragraph as it is: a replacement by the same words (punctuation, spacing
     * and case ignored, as the outcome rule compares words). Such a proposal would come out "adopted verbatim" against
     * any next revision that keeps the words, and so inflate its proponents' uptake.
     */
    public boolean changesNothing() {
        return this.kind == ProposalKind.REPLACE
                && Words.of(this.target).list().equals(Words.of(this.words).list());
    }

    /**
     * The proposal reduced to what makes two proposals the same: its kind, the occurrence it targets and its lower-cased
     * words (punctuation, spacing and case ignored).
     * @return a key equal for identical proposals against the same paragraph
     */
    public String identityKey() {
        return this.kind.apiName() + "|" + this.occurrence + "|"
                + String.join(" ", Words.of(this.target).list()) + "|"
                + String.join(" ", Words.of(this.words).list());
    }
}
