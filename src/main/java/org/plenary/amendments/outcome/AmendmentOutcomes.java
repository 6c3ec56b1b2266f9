package org.plenary.amendments.outcome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.plenary.diff.Paragraphs;

/**
 * The outcome rule: what became of a proposed change in the next revision, inferred from the texts.
 *
 * <p>Texts are compared as sequences of lower-cased words (punctuation, spacing and case ignored, a leading
 * paragraph label such as {@code "12."} or {@code "(c)"} dropped). The earlier paragraph is aligned with its
 * successor word by word (a longest common subsequence, Myers); the <em>place</em> of the proposal in the successor
 * is what lies between the successor's partners of the last kept word before the target and the first kept word
 * after it. Its <em>context</em> is the {@value #CONTEXT} words on either side of the target in the earlier
 * paragraph; the paragraph counts as rewritten there when fewer than half of them were kept.
 *
 * <p>Verbatim, for words: the earlier paragraph with the proposal applied (the <em>proposed text</em>) is aligned with
 * the successor the same way; the proposal is adopted verbatim when the successor holds the new words in order at
 * their place in the proposed text (for a deletion: nothing there) and, there, none of the replaced words that the
 * new words do not repeat. Otherwise, for a successor that exists (none: {@link Outcome#DELETED}, except for a
 * paragraph proposed for deletion, which is then adopted):
 * <table>
 * <caption>outcomes by kind, when not verbatim</caption>
 * <tr><th>kind</th><th>partial</th><th>not adopted</th><th>overtaken</th></tr>
 * <tr><td>replace</td><td>some new words (those not among the replaced ones) are at the place; or else the replaced
 * words gave way to others (share 0)</td><td>the replaced words are still there, in order, and none of the new
 * ones</td><td>the replaced words are gone, none of the new ones came, and the context was rewritten</td></tr>
 * <tr><td>insert</td><td>some new words are at the place</td><td>none are, and the context was kept</td><td>none
 * are, and the context was rewritten</td></tr>
 * <tr><td>delete</td><td>some of the deleted words are gone (share: how many)</td><td>they are all still there, in
 * order</td><td>they are all gone, others came in, and the context was rewritten</td></tr>
 * <tr><td>delete paragraph</td><td></td><td>the paragraph has a successor</td><td></td></tr>
 * </table>
 * Where the context was rewritten, new words count only if at least half of them are at the place: a few common words
 * ("the", "of") in a rewritten passage prove nothing.
 *
 * <p>A paragraph split in the next revision has several successors (the one continuing its lineage and the ones
 * split off it); they are read as one text in order, so the proposal's words count in either part. A new-paragraph
 * proposal is compared with every paragraph new in the next revision by the Dice coefficient of their word
 * multisets: the closest one adopts it verbatim when they have the same words, in part when the similarity reaches
 * {@value #NEW_PARAGRAPH_THRESHOLD}; below that it was not adopted.
 *
 * <p>Deterministic and pure: no I/O, no state; safe from any thread.
 */
public final class AmendmentOutcomes {

    /** How similar a new paragraph of the next revision must be to a proposed one to adopt it. */
    public static final double NEW_PARAGRAPH_THRESHOLD = 0.6;

    /** How many words on either side of the target tell whether the paragraph was rewritten there. */
    static final int CONTEXT = 4;

    private AmendmentOutcomes() {}

    /** How many words the rule sees in a text (its cost grows with the words of the paragraphs it aligns). */
    public static int wordCount(String text) {
        return Words.of(text).size();
    }

    /**
     * Checks that a proposal fits its paragraph: the words it targets occur in it (at the occurrence it names), and it
     * brings words where its kind needs some.
     * @param change the proposal
     * @param paragraph the paragraph it was made against
     * @throws TargetNotFoundException if it does not fit
     */
    public static void check(ProposedChange change, String paragraph) {
        locate(change, Words.of(Paragraphs.withoutLabel(paragraph)));
    }

    /**
     * Decides the outcome of a proposal made against a paragraph (not a new-paragraph proposal, see
     * {@link #decideNewParagraph}).
     * @param change the proposal
     * @param earlier the paragraph it was made against
     * @param successors the paragraph's successors in the next revision, in document order: none if it was deleted,
     * one usually, several if it was split
     * @return the outcome with its evidence
     * @throws TargetNotFoundException if the proposal does not fit the earlier paragraph
     */
    public static AmendmentOutcome decide(ProposedChange change, String earlier, List<String> successors) {
        if (change.kind() == ProposalKind.NEW_PARAGRAPH) {
            throw new IllegalArgumentException("A new paragraph is decided against the new paragraphs");
        }
        Words before = Words.of(Paragraphs.withoutLabel(earlier));
        int[] span = locate(change, before);
        if (successors.isEmpty()) {
            return (change.kind() == ProposalKind.DELETE_PARAGRAPH)
                    ? new AmendmentOutcome(Outcome.VERBATIM, 1, "", "", Reason.PARAGRAPH_REMOVED, null)
                    : new AmendmentOutcome(Outcome.DELETED, 0, "", "", Reason.NO_SUCCESSOR, null);
        }
        String joined = String.join(
                "\n\n", successors.stream().map(Paragraphs::withoutLabel).toList());
        Words after = Words.of(joined);
        if (change.kind() == ProposalKind.DELETE_PARAGRAPH) {
            return new AmendmentOutcome(
                    Outcome.NOT_ADOPTED, 0, "", after.text(0, after.size()), Reason.PARAGRAPH_KEPT, null);
        }
        List<String> target = before.list().subList(span[0], span[1]);
        List<String> words = Words.of(change.words()).list();
        // The paragraph as the proposal would have it; the new words stand where proposed when the successor keeps
        // them in place of it, with none of the dropped words around them.
        List<String> expected = new ArrayList<>(before.list().subList(0, span[0]));
        expected.addAll(words);
        expected.addAll(before.list().subList(span[1], before.size()));
        Place proposed = Place.of(expected, after.list(), span[0], span[0] + words.size());
        List<String> there = after.list().subList(proposed.first(), proposed.end());
        List<String> dropped = Words.without(target, words);
        // Exactly the proposed text, or exactly the earlier one, decides at once: where words repeat ("the ... the")
        // an alignment may pair either copy, and only these two cases are certain.
        boolean exactlyProposed = after.list().equals(expected);
        boolean unchanged = after.list().equals(before.list());
        if (exactlyProposed
                || (!unchanged
                        && (words.isEmpty() ? there.isEmpty() : Words.indexOf(there, words, 0) >= 0)
                        && Words.foundIn(dropped, Words.without(there, words)).isEmpty())) {
            return new AmendmentOutcome(
                    Outcome.VERBATIM,
                    1,
                    String.join(" ", words),
                    after.text(proposed.first(), proposed.end()),
                    words.isEmpty() ? Reason.WORDS_REMOVED : Reason.NEW_WORDS_IN_PLACE,
                    null);
        }
        Place place = Place.of(before.list(), after.list(), span[0], span[1]);
        List<String> region = after.list().subList(place.first(), place.end());
        String found = after.text(place.first(), place.end());
        return switch (change.kind()) {
            case REPLACE -> replace(target, words, region, found, place);
            case INSERT -> insert(words, region, found, place);
            case DELETE -> delete(target, region, found, place);
            default -> throw new IllegalStateException(change.kind().name());
        };
    }

    /**
     * Decides the outcome of a new-paragraph proposal: the closest paragraph new in the next revision adopts it if it
     * is similar enough.
     * @param proposed the proposed paragraph
     * @param newParagraphs the paragraphs of the next revision that continue no paragraph of the earlier one
     * @return the outcome, whose {@link AmendmentOutcome#paragraphIndex()} names the closest candidate (if any)
     * @throws TargetNotFoundException if the proposed paragraph has no words
     */
    public static AmendmentOutcome decideNewParagraph(String proposed, List<String> newParagraphs) {
        List<String> words = Words.of(Paragraphs.withoutLabel(proposed)).list();
        if (words.isEmpty()) {
            throw new TargetNotFoundException("", "A new paragraph needs words", true);
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int i = 0; i < newParagraphs.size(); i++) {
            double similarity = Words.dice(
                    words,
                    Words.of(Paragraphs.withoutLabel(newParagraphs.get(i))).list());
            if (similarity > bestSimilarity) {
                best = i;
                bestSimilarity = similarity;
            }
        }
        if (best < 0) {
            return new AmendmentOutcome(Outcome.NOT_ADOPTED, 0, "", "", Reason.NO_SIMILAR_NEW_PARAGRAPH, null);
        }
        String candidate = newParagraphs.get(best);
        List<String> candidateWords =
                Words.of(Paragraphs.withoutLabel(candidate)).list();
        String matched = String.join(" ", Words.foundIn(words, candidateWords));
        if (candidateWords.equals(words)) {
            return new AmendmentOutcome(Outcome.VERBATIM, 1, matched, candidate, Reason.SIMILAR_NEW_PARAGRAPH, best);
        }
        if (bestSimilarity >= NEW_PARAGRAPH_THRESHOLD) {
            return new AmendmentOutcome(
                    Outcome.PARTIAL, bestSimilarity, matched, candidate, Reason.SIMILAR_NEW_PARAGRAPH, best);
        }
        return new AmendmentOutcome(
                Outcome.NOT_ADOPTED, bestSimilarity, matched, candidate, Reason.NO_SIMILAR_NEW_PARAGRAPH, best);
    }

    private static AmendmentOutcome replace(
            List<String> target, List<String> words, List<String> region, String found, Place place) {
        List<String> brought = Words.without(words, target);
        List<String> matched = Words.foundIn(brought, Words.without(region, target));
        if (counts(matched, brought.size(), place)) {
            return new AmendmentOutcome(
                    Outcome.PARTIAL,
                    (double) matched.size() / brought.size(),
                    String.join(" ", matched),
                    found,
                    Reason.SOME_NEW_WORDS,
                    null);
        }
        if (Words.indexOf(region, target, 0) >= 0) {
            return new AmendmentOutcome(Outcome.NOT_ADOPTED, 0, "", found, Reason.TARGET_UNCHANGED, null);
        }
        if (place.rewritten()) {
            return new AmendmentOutcome(Outcome.OVERTAKEN, 0, "", found, Reason.CONTEXT_REWRITTEN, null);
        }
        return new AmendmentOutcome(Outcome.PARTIAL, 0, "", found, Reason.TARGET_REPLACED_OTHERWISE, null);
    }

    private static AmendmentOutcome insert(List<String> words, List<String> region, String found, Place place) {
        List<String> matched = Words.foundIn(words, region);
        if (counts(matched, words.size(), place)) {
            return new AmendmentOutcome(
                    Outcome.PARTIAL,
                    (double) matched.size() / words.size(),
                    String.join(" ", matched),
                    found,
                    Reason.SOME_NEW_WORDS,
                    null);
        }
        if (place.rewritten()) {
            return new AmendmentOutcome(Outcome.OVERTAKEN, 0, "", found, Reason.CONTEXT_REWRITTEN, null);
        }
        return new AmendmentOutcome(Outcome.NOT_ADOPTED, 0, "", found, Reason.TARGET_UNCHANGED, null);
    }

    /**
     * Whether the new words found at the place show an adoption in part: any of them where the context was kept; at
     * least half of them where it was rewritten (a few common words in a rewritten passage prove nothing).
     */
    private static boolean counts(List<String> matched, int of, Place place) {
        return !matched.isEmpty() && (!place.rewritten() || 2 * matched.size() >= of);
    }

    private static AmendmentOutcome delete(List<String> target, List<String> region, String found, Place place) {
        List<String> left = Words.foundIn(target, region);
        if (Words.indexOf(region, target, 0) >= 0) {
            return new AmendmentOutcome(Outcome.NOT_ADOPTED, 0, "", found, Reason.TARGET_UNCHANGED, null);
        }
        if (left.isEmpty() && place.rewritten()) {
            return new AmendmentOutcome(Outcome.OVERTAKEN, 1, "", found, Reason.CONTEXT_REWRITTEN, null);
        }
        return new AmendmentOutcome(
                Outcome.PARTIAL,
                1 - (double) left.size() / target.size(),
                "",
                found,
                left.isEmpty() ? Reason.TARGET_REPLACED_OTHERWISE : Reason.SOME_WORDS_REMOVED,
                null);
    }

    /** The words {@code [start, end)} of the earlier paragraph that a proposal targets (empty: insert point). */
    private static int[] locate(ProposedChange change, Words paragraph) {
        List<String> target = Words.of(change.target()).list();
        if (change.kind().bringsWords() && Words.of(change.words()).isEmpty()) {
            throw new TargetNotFoundException(change.target(), "The proposal brings no words", true);
        }
        if (!change.kind().targetsWords()) {
            return new int[] {0, paragraph.size()};
        }
        int at = Words.indexOf(paragraph.list(), target, change.occurrence());
        if (at < 0) {
            throw new TargetNotFoundException(
                    change.target(), "The words \"" + change.target() + "\" do not occur in the paragraph", false);
        }
        int end = at + target.size();
        return (change.kind() == ProposalKind.INSERT) ? new int[] {end, end} : new int[] {at, end};
    }

    /**
     * Where a target of the earlier paragraph landed in the successor: the successor's words {@code [first, end)}
     * between the partners of the nearest kept words around the target, and whether its context was rewritten.
     */
    private record Place(int first, int end, boolean rewritten) {

        static Place of(List<String> before, List<String> after, int start, int end) {
            int[] partner = new int[before.size()];
            Arrays.fill(partner, -1);
            int i = 0;
            int j = 0;
            for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
                int sourceStart = delta.getSource().getPosition();
                while (i < sourceStart) {
                    partner[i++] = j++;
                }
                i = sourceStart + delta.getSource().size();
                j = delta.getTarget().getPosition() + delta.getTarget().size();
            }
            while (i < before.size()) {
                partner[i++] = j++;
            }
            int first = 0;
            for (int k = start - 1; k >= 0; k--) {
                if (partner[k] >= 0) {
                    first = partner[k] + 1;
                    break;
                }
            }
            int last = after.size();
            for (int k = end; k < before.size(); k++) {
                if (partner[k] >= 0) {
                    last = partner[k];
                    break;
                }
            }
            int context = 0;
            int kept = 0;
            for (int k = Math.max(0, start - CONTEXT); k < Math.min(before.size(), end + CONTEXT); k++) {
                if (k < start || k >= end) {
                    context++;
                    kept += (partner[k] >= 0) ? 1 : 0;
                }
            }
            return new Place(first, Math.max(first, last), context == 0 || 2 * kept < context);
        }
    }
}
