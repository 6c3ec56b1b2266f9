package org.plenary.diff;

/**
 * Patience-sorting longest increasing subsequence, O(k log k) for k values.
 */
final class LongestIncreasingSubsequence {

    private LongestIncreasingSubsequence() {}

    /**
     * Marks the members of one longest strictly increasing subsequence of {@code values}. Among equally long
     * ones, the result is fixed by the input alone (it ends in the value placed last on the longest
     * pile and follows predecessor links from there).
     */
    static boolean[] members(int[] values) {
        int count = values.length;
        int[] pileTops = new int[count];
        int[] predecessors = new int[count];
        int piles = 0;
        for (int i = 0; i < count; i++) {
            int low = 0;
            int high = piles;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[pileTops[middle]] < values[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            predecessors[i] = (low > 0) ? pileTops[low - 1] : -1;
            pileTops[low] = i;
            if (low == piles) {
                piles++;
            }
        }
        boolean[] members = new boolean[count];
        for (int i = (piles > 0) ? pileTops[piles - 1] : -1; i >= 0; i = predecessors[i]) {
            members[i] = true;
        }
        return members;
    }
}
