package org.plenary.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Pairs the paragraphs of two versions and decides which pairs kept their order.
 *
 * <p>Steps, for {@code n} old and {@code m} new paragraphs:
 * <ol>
 * <li>Anchors: paragraphs whose text occurs exactly once on each side are paired by hash, O(n + m). A
 * longest increasing subsequence of the anchors (O(a log a)) keeps the ones in order.</li>
 * <li>Gaps: between two consecutive in-order anchors, the unpaired paragraphs of each side are paired by
 * {@link #pairWithin matching}. Gaps are small, so repeated and similar paragraphs pair with their
 * neighbours rather than with a look-alike far away.</li>
 * <li>Everything still unpaired is matched once more across the whole text, which finds moved
 * paragraphs.</li>
 * <li>A longest increasing subsequence over all pairs decides which are in order (equal or changed); the
 * other pairs are moved.</li>
 * </ol>
 * Matching a group first pairs identical texts (hash), then texts identical up to their leading label
 * (renumbering), then similar texts: the Dice coefficient of their sets of lower-cased words must reach
 * {@value #SIMILARITY_THRESHOLD}. Candidates come from an inverted index of the new paragraphs' words,
 * probed with the paragraph's rare words, those in at most {@code L = max(32, sqrt(m'))} of the group's
 * {@code m'} new paragraphs. A paragraph made only of common words probes them within
 * {@value #COMMON_WORD_WINDOW} positions of its own relative position. Each old paragraph of {@code w}
 * distinct words thus meets at most {@code w * max(L, 2 * window)} candidates, each costing one
 * sorted-array intersection, and keeps its best {@value #CANDIDATES_PER_PARAGRAPH}; no similarity is
 * computed for every pair. Pairs are then chosen greedily by descending similarity, ties broken by nearer
 * relative position, then by index: deterministic, and no hash iteration order is ever used.
 */
final class ParagraphAlignment {

    static final double SIMILARITY_THRESHOLD = 0.5;

    private static final int MIN_POSTINGS_LIMIT = 32;

    private static final int COMMON_WORD_WINDOW = 128;

    private static final int CANDIDATES_PER_PARAGRAPH = 8;

    private final List<String> from;

    private final List<String> to;

    private final int[] toOfFrom;

    private final int[] fromOfTo;

    private final boolean[] inOrder;

    private final Map<String, Integer> vocabulary = new HashMap<>();

    private final int[][] fromWords;

    private final int[][] toWords;

    private ParagraphAlignment(List<String> from, List<String> to) {
        this.from = from;
        this.to = to;
        this.toOfFrom = new int[from.size()];
        this.fromOfTo = new int[to.size()];
        Arrays.fill(this.toOfFrom, -1);
        Arrays.fill(this.fromOfTo, -1);
        this.inOrder = new boolean[from.size()];
        this.fromWords = new int[from.size()][];
        this.toWords = new int[to.size()][];
    }

    static ParagraphAlignment of(List<String> from, List<String> to) {
        ParagraphAlignment alignment = new ParagraphAlignment(from, to);
        alignment.align();
        return alignment;
    }

    /**
     * An alignment whose pairs are given (such as paragraphs of the same lineage); only the order is computed.
     * @param fromOfTo for each new paragraph, the index of its old partner or -1; no old index twice
     */
    static ParagraphAlignment given(List<String> from, List<String> to, int[] fromOfTo) {
        ParagraphAlignment alignment = new ParagraphAlignment(from, to);
        for (int j = 0; j < fromOfTo.length; j++) {
            int i = fromOfTo[j];
            if (i < 0) {
                continue;
            }
            if (i >= from.size() || alignment.toOfFrom[i] >= 0) {
                throw new IllegalArgumentException("Old paragraph " + i + " is paired twice or does not exist");
            }
            alignment.pair(i, j);
        }
        alignment.markInOrder();
        return alignment;
    }

    /** Index of the new paragraph paired with old paragraph {@code fromIndex}, or -1. */
    int toOf(int fromIndex) {
        return this.toOfFrom[fromIndex];
    }

    /** Index of the old paragraph paired with new paragraph {@code toIndex}, or -1. */
    int fromOf(int toIndex) {
        return this.fromOfTo[toIndex];
    }

    /** Whether old paragraph {@code fromIndex} is paired and keeps its order. */
    boolean inOrder(int fromIndex) {
        return this.inOrder[fromIndex];
    }

    private void align() {
        List<int[]> anchors = uniqueIdenticalPairs();
        anchors.forEach((pair) -> pair(pair[0], pair[1]));
        boolean[] anchorInOrder = LongestIncreasingSubsequence.members(
                anchors.stream().mapToInt((pair) -> pair[1]).toArray());

        int previousFrom = -1;
        int previousTo = -1;
        for (int k = 0; k <= anchors.size(); k++) {
            if (k < anchors.size() && !anchorInOrder[k]) {
                continue;
            }
            int nextFrom = (k < anchors.size()) ? anchors.get(k)[0] : this.from.size();
            int nextTo = (k < anchors.size()) ? anchors.get(k)[1] : this.to.size();
            pairWithin(
                    unpaired(this.toOfFrom, previousFrom + 1, nextFrom),
                    unpaired(this.fromOfTo, previousTo + 1, nextTo));
            previousFrom = nextFrom;
            previousTo = nextTo;
        }
        pairWithin(unpaired(this.toOfFrom, 0, this.from.size()), unpaired(this.fromOfTo, 0, this.to.size()));
        markInOrder();
    }

    private void markInOrder() {
        int[] pairedFrom = pairedFromIndices();
        int[] pairedTo = Arrays.stream(pairedFrom).map((i) -> this.toOfFrom[i]).toArray();
        boolean[] members = LongestIncreasingSubsequence.members(pairedTo);
        for (int k = 0; k < pairedFrom.length; k++) {
            this.inOrder[pairedFrom[k]] = members[k];
        }
    }

    private List<int[]> uniqueIdenticalPairs() {
        // occurrences[0], [1]: count in from, in to; [2], [3]: last index in from, in to
        Map<String, int[]> occurrences = new HashMap<>();
        for (int i = 0; i < this.from.size(); i++) {
            int[] seen = occurrences.computeIfAbsent(this.from.get(i), (text) -> new int[4]);
            seen[0]++;
            seen[2] = i;
        }
        for (int j = 0; j < this.to.size(); j++) {
            int[] seen = occurrences.get(this.to.get(j));
            if (seen != null) {
                seen[1]++;
                seen[3] = j;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < this.from.size(); i++) {
            int[] seen = occurrences.get(this.from.get(i));
            if (seen[0] == 1 && seen[1] == 1) {
                pairs.add(new int[] {i, seen[3]});
            }
        }
        return pairs;
    }

    private int[] pairedFromIndices() {
        return IntStream.range(0, this.from.size())
                .filter((i) -> this.toOfFrom[i] >= 0)
                .toArray();
    }

    private static List<Integer> unpaired(int[] partners, int start, int end) {
        List<Integer> indices = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (partners[i] < 0) {
                indices.add(i);
            }
        }
        return indices;
    }

    private void pair(int fromIndex, int toIndex) {
        this.toOfFrom[fromIndex] = toIndex;
        this.fromOfTo[toIndex] = fromIndex;
    }

    /**
     * Pairs paragraphs of the two groups (both in ascending index order): identical first, then identical up
     * to the label, then similar.
     */
    private void pairWithin(List<Integer> fromGroup, List<Integer> toGroup) {
        if (fromGroup.isEmpty() || toGroup.isEmpty()) {
            return;
        }
        pairByKey(fromGroup, toGroup, Function.identity());
        pairByKey(remaining(fromGroup, this.toOfFrom), remaining(toGroup, this.fromOfTo), ParagraphLabel::withoutLabel);
        pairBySimilarity(remaining(fromGroup, this.toOfFrom), remaining(toGroup, this.fromOfTo));
    }

    private static List<Integer> remaining(List<Integer> group, int[] partners) {
        return group.stream().filter((i) -> partners[i] < 0).toList();
    }

    /** Pairs the k-th old paragraph with a given key with the k-th new paragraph with that key. */
    private void pairByKey(List<Integer> fromGroup, List<Integer> toGroup, Function<String, String> key) {
        if (fromGroup.isEmpty() || toGroup.isEmpty()) {
            return;
        }
        Map<String, ArrayDeque<Integer>> toByKey = new HashMap<>();
        for (int j : toGroup) {
            String k = key.apply(this.to.get(j));
            if (k != null) {
                toByKey.computeIfAbsent(k, (ignored) -> new ArrayDeque<>()).add(j);
            }
        }
        for (int i : fromGroup) {
            String k = key.apply(this.from.get(i));
            ArrayDeque<Integer> candidates = (k != null) ? toByKey.get(k) : null;
            if (candidates != null && !candidates.isEmpty()) {
                pair(i, candidates.poll());
            }
        }
    }

    private void pairBySimilarity(List<Integer> fromGroup, List<Integer> toGroup) {
        if (fromGroup.isEmpty() || toGroup.isEmpty()) {
            return;
        }
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int local = 0; local < toGroup.size(); local++) {
            for (int word : words(this.toWords, this.to, toGroup.get(local))) {
                postings.computeIfAbsent(word, (ignored) -> new ArrayList<>()).add(local);
            }
        }
        int postingsLimit = Math.max(MIN_POSTINGS_LIMIT, (int) Math.sqrt(toGroup.size()));
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> ofThisParagraph = new ArrayList<>();
        boolean[] seen = new boolean[toGroup.size()];
        List<Integer> touched = new ArrayList<>();
        for (int localFrom = 0; localFrom < fromGroup.size(); localFrom++) {
            int fromIndex = fromGroup.get(localFrom);
            int[] fromSet = words(this.fromWords, this.from, fromIndex);
            boolean anyRare = false;
            for (int word : fromSet) {
                List<Integer> list = postings.get(word);
                anyRare |= list != null && list.size() <= postingsLimit;
            }
            // Same relative position on the other side; common words are only probed near it.
            int expected = (int) ((localFrom + 0.5) * toGroup.size() / fromGroup.size());
            for (int word : fromSet) {
                List<Integer> list = postings.get(word);
                if (list == null || (anyRare && list.size() > postingsLimit)) {
                    continue;
                }
                int first = 0;
                int end = list.size();
                if (list.size() > postingsLimit) {
                    first = lowerBound(list, expected - COMMON_WORD_WINDOW);
                    end = lowerBound(list, expected + COMMON_WORD_WINDOW + 1);
                }
                for (int local : list.subList(first, end)) {
                    if (!seen[local]) {
                        seen[local] = true;
                        touched.add(local);
                    }
                }
            }
            for (int localTo : touched) {
                seen[localTo] = false;
                int toIndex = toGroup.get(localTo);
                double similarity = dice(fromSet, words(this.toWords, this.to, toIndex));
                if (similarity >= SIMILARITY_THRESHOLD) {
                    double distance = Math.abs((localFrom + 0.5) / fromGroup.size() - (localTo + 0.5) / toGroup.size());
                    ofThisParagraph.add(new Candidate(fromIndex, toIndex, similarity, distance));
                }
            }
            touched.clear();
            ofThisParagraph.sort(Candidate.BEST_FIRST);
            candidates.addAll(ofThisParagraph.subList(0, Math.min(CANDIDATES_PER_PARAGRAPH, ofThisParagraph.size())));
            ofThisParagraph.clear();
        }
        candidates.sort(Candidate.BEST_FIRST);
        for (Candidate candidate : candidates) {
            if (this.toOfFrom[candidate.from()] < 0 && this.fromOfTo[candidate.to()] < 0) {
                pair(candidate.from(), candidate.to());
            }
        }
    }

    /** The sorted, distinct word ids of a paragraph, computed once. */
    private int[] words(int[][] cache, List<String> paragraphs, int index) {
        int[] words = cache[index];
        if (words == null) {
            words = WordTokens.tokenize(paragraphs.get(index)).stream()
                    .filter((token) -> WordTokens.isWordCharacter(token.codePointAt(0)))
                    .mapToInt((word) -> this.vocabulary.computeIfAbsent(
                            word.toLowerCase(Locale.ROOT), (ignored) -> this.vocabulary.size()))
                    .sorted()
                    .distinct()
                    .toArray();
            cache[index] = words;
        }
        return words;
    }

    /** The first position in an ascending list whose value is at least {@code value}. */
    private static int lowerBound(List<Integer> ascending, int value) {
        int low = 0;
        int high = ascending.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending.get(middle) < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double dice(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }

    private record Candidate(int from, int to, double similarity, double distance) {

        static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::similarity)
                .reversed()
                .thenComparingDouble(Candidate::distance)
                .thenComparingInt(Candidate::from)
                .thenComparingInt(Candidate::to);
    }
}
