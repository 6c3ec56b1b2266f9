package org.plenary.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two versions of a text paragraph by paragraph, with word-level edits inside each paragraph.
 *
 * <p>Paragraphs are paired by identical text, then by identical text up to a leading label (renumbering),
 * then by word similarity; the longest run of pairs that kept their relative order is
 * {@link ChangeStatus#EQUAL equal} or {@link ChangeStatus#CHANGED changed}, the other pairs are
 * {@link ChangeStatus#MOVED moved}, and unpaired paragraphs are {@link ChangeStatus#INSERTED inserted} or
 * {@link ChangeStatus#DELETED deleted}. See {@link Comparison} for the order of the entries.
 *
 * <p>Cost: pairing is close to linear in the number of paragraphs for typical revisions (hashing, an
 * inverted word index restricted to rare words, two longest-increasing-subsequence passes in O(k log k));
 * each changed pair costs a Myers diff of its word tokens, O((a + b) d) for a + b tokens and d edits.
 * The result is deterministic and has no time-outs.
 */
public final class ParagraphDiff {

    private ParagraphDiff() {}

    /**
     * Compares two texts, each first split with {@link Paragraphs#split(String)}.
     * @param from the older text, not {@code null}
     * @param to the newer text, not {@code null}
     * @return the comparison, whose indices refer to the split paragraphs
     */
    public static Comparison compare(String from, String to) {
        return compare(Paragraphs.split(from), Paragraphs.split(to));
    }

    /**
     * Compares two versions that are already split into paragraphs, such as the stored paragraphs of two
     * revisions. The paragraphs are used as given, without normalisation.
     * @param from the paragraphs of the older version, none {@code null}
     * @param to the paragraphs of the newer version, none {@code null}
     * @return the comparison, whose indices refer to the given lists
     */
    public static Comparison compare(List<String> from, List<String> to) {
        List<String> older = List.copyOf(from);
        List<String> newer = List.copyOf(to);
        return compare(older, newer, ParagraphAlignment.of(older, newer));
    }

    /**
     * Compares two versions whose paragraphs are already paired, such as the stored paragraphs of two revisions
     * paired by lineage. Pairs that keep their relative order are equal or changed, the others moved; unpaired
     * paragraphs are inserted or deleted. Splits and merges are marked as by {@link #compare(List, List)}.
     * @param from the paragraphs of the older version
     * @param to the paragraphs of the newer version
     * @param fromOfTo for each paragraph of {@code to}, the index of its partner in {@code from}, or -1; an index
     * of {@code from} appears at most once
     * @return the comparison, whose indices refer to the given lists
     */
    public static Comparison compareAligned(List<String> from, List<String> to, int[] fromOfTo) {
        if (fromOfTo.length != to.size()) {
            throw new IllegalArgumentException("One partner index per paragraph of the newer version");
        }
        List<String> older = List.copyOf(from);
        List<String> newer = List.copyOf(to);
        return compare(older, newer, ParagraphAlignment.given(older, newer, fromOfTo.clone()));
    }

    private static Comparison compare(List<String> older, List<String> newer, ParagraphAlignment alignment) {

        // Deleted paragraphs go after the nearest preceding old paragraph that kept its order (slot i + 1),
        // or first (slot 0).
        List<List<Integer>> deletedBySlot = new ArrayList<>();
        for (int slot = 0; slot <= older.size(); slot++) {
            deletedBySlot.add(new ArrayList<>());
        }
        int slot = 0;
        for (int i = 0; i < older.size(); i++) {
            if (alignment.inOrder(i)) {
                slot = i + 1;
            } else if (alignment.toOf(i) < 0) {
                deletedBySlot.get(slot).add(i);
            }
        }

        List<ParagraphChange> changes = new ArrayList<>(older.size() + newer.size());
        addDeleted(deletedBySlot.get(0), older, changes);
        for (int j = 0; j < newer.size(); j++) {
            int i = alignment.fromOf(j);
            String toText = newer.get(j);
            if (i < 0) {
                changes.add(new ParagraphChange(ChangeStatus.INSERTED, null, j, WordDiff.ops("", toText), false));
                continue;
            }
            String fromText = older.get(i);
            boolean identical = fromText.equals(toText);
            ChangeStatus status;
            if (alignment.inOrder(i)) {
                status = identical ? ChangeStatus.EQUAL : ChangeStatus.CHANGED;
            } else {
                status = ChangeStatus.MOVED;
            }
            changes.add(new ParagraphChange(
                    status, i, j, WordDiff.ops(fromText, toText), ParagraphLabel.onlyRenumbered(fromText, toText)));
            if (alignment.inOrder(i)) {
                addDeleted(deletedBySlot.get(i + 1), older, changes);
            }
        }
        return Comparison.of(SplitsAndMerges.mark(changes));
    }

    private static void addDeleted(List<Integer> deleted, List<String> older, List<ParagraphChange> changes) {
        for (int i : deleted) {
            changes.add(new ParagraphChange(ChangeStatus.DELETED, i, null, WordDiff.ops(older.get(i), ""), false));
        }
    }
}
