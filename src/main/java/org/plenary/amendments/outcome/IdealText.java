package org.plenary.amendments.outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plenary.diff.Paragraphs;

/**
 * One actor's proposals applied to the paragraphs of a revision: the text as that actor would have it.
 *
 * <p>Words are found as the outcome rule finds them (lower-cased, punctuation and a leading label ignored, the
 * proposal's occurrence of its target), and changed in the paragraph's own text, so that its label, punctuation and
 * line breaks stay as they were. A replacement or deletion changes its target words; an insertion goes right after its
 * target words; a new paragraph follows its paragraph; a deleted paragraph is left out.
 *
 * <p>Two proposals <em>collide</em> when applying one would change words the other needs, or when the order of the
 * result would be a guess: two replacements or deletions whose target words overlap; an insertion whose
 * words-to-insert-after are replaced or deleted by another (in whole or in part); two insertions after the same word;
 * any change of words in a paragraph that another proposal deletes; two different new paragraphs after the same
 * paragraph (which comes first would be a guess, and a second wording of one new paragraph is often an alternative to
 * the first, not an addition). Identical changes do not collide (they say the same), and are applied once; new
 * paragraphs are identical when their words are, label, case and punctuation aside. Colliding proposals are all left
 * out, the paragraph keeps those words as they were (no new paragraph is added there), and the collision is reported
 * with both proposals and what they dispute.
 *
 * <p>A new paragraph after a paragraph that the same actor deletes does not collide with the deletion: it needs only
 * the place, not the words, and takes the deleted paragraph's place, which is how a delegation asks for a paragraph
 * to be replaced as a whole. Pure: no I/O, no state.
 */
public final class IdealText {

    private IdealText() {}

    /**
     * A proposal against a paragraph.
     * @param id the proposal's identity, reported back in collisions
     * @param paragraph the index of the paragraph it was made against
     * @param change what it asks
     */
    public record Proposal(long id, int paragraph, ProposedChange change) {}

    /**
     * A paragraph of the result.
     * @param source the index of the paragraph it continues, or -1 for a proposed new paragraph
     * @param text its text
     * @param proposals the proposals applied to it (for a new paragraph: those that proposed it, identical ones once)
     */
    public record Paragraph(int source, String text, List<Long> proposals) {

        /** Whether a proposal changed it (or brought it). */
        public boolean changed() {
            return !this.proposals.isEmpty();
        }
    }

    /** What two colliding proposals dispute. */
    public enum Dispute {
        /** The same words of the paragraph (or the paragraph itself, when one of them deletes it). */
        WORDS,
        /** The place right after the paragraph: each adds a different new paragraph there. */
        PLACE_AFTER
    }

    /**
     * Two proposals that cannot both be applied.
     * @param paragraph the index of the paragraph
     * @param first one proposal
     * @param second the other
     * @param dispute what they dispute
     * @param words the words both claim (the paragraph's text of the overlap, or of the paragraph proposed for
     * deletion); {@code null} for {@link Dispute#PLACE_AFTER}
     */
    public record Collision(int paragraph, long first, long second, Dispute dispute, String words) {}

    /**
     * The result.
     * @param paragraphs the paragraphs in order, deleted ones left out, new ones after their paragraph
     * @param collisions the collisions found, in paragraph order
     * @param applied the proposals applied
     * @param deleted the indices of the paragraphs deleted
     */
    public record Result(
            List<Paragraph> paragraphs, List<Collision> collisions, Set<Long> applied, Set<Integer> deleted) {

        /** The ids of the proposals that collide with another and were left out. */
        public Set<Long> collided() {
            Set<Long> ids = new LinkedHashSet<>();
            this.collisions.forEach((c) -> {
                ids.add(c.first());
                ids.add(c.second());
            });
            return ids;
        }
    }

    /**
     * Applies proposals to paragraphs.
     * @param paragraphs the revision's paragraphs in order
     * @param proposals the proposals, each naming its paragraph by index
     * @return the ideal text and the collisions
     * @throws TargetNotFoundException if a proposal does not fit its paragraph
     * @throws IndexOutOfBoundsException if a proposal names no paragraph of the list
     */
    public static Result apply(List<String> paragraphs, List<Proposal> proposals) {
        Map<Integer, List<Edit>> edits = new LinkedHashMap<>();
        for (Proposal proposal : proposals) {
            String paragraph = paragraphs.get(proposal.paragraph());
            edits.computeIfAbsent(proposal.paragraph(), (k) -> new ArrayList<>())
                    .add(Edit.of(proposal, paragraph));
        }
        List<Collision> collisions = new ArrayList<>();
        Set<Long> collided = new LinkedHashSet<>();
        for (Map.Entry<Integer, List<Edit>> entry : edits.entrySet()) {
            List<Edit> list = entry.getValue();
            String paragraph = paragraphs.get(entry.getKey());
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    Collision collision = list.get(a).collisionWith(list.get(b), entry.getKey(), paragraph);
                    if (collision != null) {
                        collisions.add(collision);
                        collided.add(collision.first());
                        collided.add(collision.second());
                    }
                }
            }
        }
        List<Paragraph> result = new ArrayList<>();
        Set<Long> applied = new LinkedHashSet<>();
        Set<Integer> deleted = new LinkedHashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<Edit> here = edits.getOrDefault(i, List.of()).stream()
                    .filter((e) -> !collided.contains(e.id))
                    .toList();
            boolean delete = here.stream().anyMatch((e) -> e.kind == ProposalKind.DELETE_PARAGRAPH);
            if (delete) {
                deleted.add(i);
                here.stream()
                        .filter((e) -> e.kind == ProposalKind.DELETE_PARAGRAPH)
                        .forEach((e) -> applied.add(e.id));
            } else {
                List<Edit> words = unique(
                        here.stream().filter((e) -> e.kind.targetsWords()).toList());
                String text = paragraphs.get(i);
                // From the end, so that the character positions of the earlier edits stay valid.
                for (Edit edit : words.stream()
                        .sorted(Comparator.comparingInt((Edit e) -> e.start).reversed())
                        .toList()) {
                    text = edit.applyTo(text);
                }
                List<Long> ids = here.stream()
                        .filter((e) -> e.kind.targetsWords())
                        .map((e) -> e.id)
                        .toList();
                applied.addAll(ids);
                result.add(new Paragraph(i, text, ids));
            }
            List<Edit> added = here.stream()
                    .filter((e) -> e.kind == ProposalKind.NEW_PARAGRAPH)
                    .toList();
            // At most one after collisions are left out; identical ones once, in the first one's words.
            for (Edit edit : unique(added)) {
                List<Long> ids =
                        added.stream().filter(edit::sameAs).map((e) -> e.id).toList();
                result.add(new Paragraph(-1, edit.words.strip(), ids));
                applied.addAll(ids);
            }
        }
        return new Result(List.copyOf(result), List.copyOf(collisions), applied, deleted);
    }

    /** The edits, identical ones once. */
    private static List<Edit> unique(List<Edit> edits) {
        List<Edit> unique = new ArrayList<>();
        for (Edit edit : edits) {
            if (unique.stream().noneMatch(edit::sameAs)) {
                unique.add(edit);
            }
        }
        return unique;
    }

    /**
     * One proposal located in its paragraph: the word span {@code [first, end)} it changes (for an insertion, the
     * words it follows), and the characters {@code [start, stop)} of the paragraph's text that it replaces (for an
     * insertion, the empty range where its words go).
     */
    private static final class Edit {

        private final long id;

        private final ProposalKind kind;

        private final String words;

        private final List<String> normalisedWords;

        private final int first;

        private final int end;

        private final int start;

        private final int stop;

        private Edit(long id, ProposalKind kind, String words, int first, int end, int start, int stop) {
            this.id = id;
            this.kind = kind;
            this.words = words;
            // A new paragraph's label is numbering, not wording: "(d) X" and "(e) X" propose the same paragraph.
            this.normalisedWords = Words.of(
                            (kind == ProposalKind.NEW_PARAGRAPH) ? Paragraphs.withoutLabel(words) : words)
                    .list();
            this.first = first;
            this.end = end;
            this.start = start;
            this.stop = stop;
        }

        static Edit of(Proposal proposal, String paragraph) {
            ProposedChange change = proposal.change();
            AmendmentOutcomes.check(change, paragraph);
            if (!change.kind().targetsWords()) {
                return new Edit(proposal.id(), change.kind(), change.words(), 0, 0, 0, 0);
            }
            String body = Paragraphs.withoutLabel(paragraph);
            int offset = paragraph.length() - body.length();
            Words words = Words.of(body);
            List<String> target = Words.of(change.target()).list();
            int at = Words.indexOf(words.list(), target, change.occurrence());
            int end = at + target.size();
            int start = offset + words.start(at);
            int stop = offset + words.end(end - 1);
            return (change.kind() == ProposalKind.INSERT)
                    ? new Edit(proposal.id(), change.kind(), change.words(), at, end, stop, stop)
                    : new Edit(proposal.id(), change.kind(), change.words(), at, end, start, stop);
        }

        boolean sameAs(Edit other) {
            return this.kind == other.kind
                    && this.first == other.first
                    && this.end == other.end
                    && this.normalisedWords.equals(other.normalisedWords);
        }

        /** The collision of two edits of one paragraph, or {@code null} when they can both be applied. */
        Collision collisionWith(Edit other, int index, String paragraph) {
            if (this.kind == ProposalKind.NEW_PARAGRAPH && other.kind == ProposalKind.NEW_PARAGRAPH) {
                return sameAs(other) ? null : new Collision(index, this.id, other.id, Dispute.PLACE_AFTER, null);
            }
            String words = disputed(other, paragraph);
            return (words == null) ? null : new Collision(index, this.id, other.id, Dispute.WORDS, words);
        }

        /** The words of the paragraph both edits claim, or {@code null} when they can both be applied. */
        private String disputed(Edit other, String paragraph) {
            if (this.kind == ProposalKind.NEW_PARAGRAPH || other.kind == ProposalKind.NEW_PARAGRAPH) {
                // A new paragraph needs only the place after the paragraph: no words of it, even when it is deleted.
                return null;
            }
            if (this.kind == ProposalKind.DELETE_PARAGRAPH || other.kind == ProposalKind.DELETE_PARAGRAPH) {
                // Deleting the paragraph twice says the same; changing words of a deleted paragraph does not.
                return (this.kind == other.kind) ? null : paragraph;
            }
            if (sameAs(other)) {
                return null;
            }
            Words words = Words.of(Paragraphs.withoutLabel(paragraph));
            boolean thisInserts = this.kind == ProposalKind.INSERT;
            boolean otherInserts = other.kind == ProposalKind.INSERT;
            if (thisInserts && otherInserts) {
                // Two insertions after the same word: which goes first would be a guess.
                return (this.end == other.end) ? words.text(this.end - 1, this.end) : null;
            }
            // An insertion's words-to-insert-after count as the words it needs.
            int from = Math.max(this.first, other.first);
            int to = Math.min(this.end, other.end);
            return (from < to) ? words.text(from, to) : null;
        }

        String applyTo(String text) {
            String before = text.substring(0, this.start);
            String after = text.substring(this.stop);
            return switch (this.kind) {
                case REPLACE -> before + this.words.strip() + after;
                case INSERT -> before + " " + this.words.strip() + after;
                case DELETE -> joined(before, after);
                default -> text;
            };
        }

        /** The text on either side of a deleted passage, with one space between where there were two. */
        private static String joined(String before, String after) {
            if ((before.isEmpty() || before.endsWith(" ")) && after.startsWith(" ")) {
                return before + after.substring(1);
            }
            if (before.endsWith(" ") && (after.isEmpty() || isPunctuation(after))) {
                return before.substring(0, before.length() - 1) + after;
            }
            return before + after;
        }

        private static boolean isPunctuation(String after) {
            return !Character.isLetterOrDigit(after.codePointAt(0)) && !Character.isWhitespace(after.codePointAt(0));
        }
    }
}
