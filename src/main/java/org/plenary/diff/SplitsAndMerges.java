package org.plenary.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises paragraphs split in two or merged into one, after alignment.
 *
 * <p>An inserted paragraph was split off an old paragraph if that old paragraph's entry sits next to it (by
 * new index) and at least {@value #CONTAINED_SHARE} of the inserted paragraph's non-space tokens reappear in
 * that entry's deleted text. A deleted paragraph was merged symmetrically: a neighbour by old index whose
 * inserted text holds its tokens. Only entries that already exist are marked; the alignment and the
 * operations stay as they are, so the comparison's exactness is untouched.
 */
final class SplitsAndMerges {

    static final double CONTAINED_SHARE = 0.8;

    private SplitsAndMerges() {}

    static List<ParagraphChange> mark(List<ParagraphChange> changes) {
        Map<Integer, ParagraphChange> pairedByTo = new HashMap<>();
        Map<Integer, ParagraphChange> pairedByFrom = new HashMap<>();
        for (ParagraphChange change : changes) {
            if (change.from() != null && change.to() != null && change.status() != ChangeStatus.EQUAL) {
                pairedByTo.put(change.to(), change);
                pairedByFrom.put(change.from(), change);
            }
        }
        if (pairedByTo.isEmpty()) {
            return changes;
        }
        List<ParagraphChange> marked = new ArrayList<>(changes.size());
        for (ParagraphChange change : changes) {
            ParagraphChange result = change;
            if (change.status() == ChangeStatus.INSERTED) {
                ParagraphChange source = neighbour(pairedByTo, change.to(), change.toText(), TextOp.Kind.DELETE);
                if (source != null) {
                    result = change.withSplitFrom(source.from());
                }
            } else if (change.status() == ChangeStatus.DELETED) {
                ParagraphChange target = neighbour(pairedByFrom, change.from(), change.fromText(), TextOp.Kind.INSERT);
                if (target != null) {
                    result = change.withMergedInto(target.to());
                }
            }
            marked.add(result);
        }
        return marked;
    }

    private static ParagraphChange neighbour(
            Map<Integer, ParagraphChange> paired, int index, String text, TextOp.Kind movedTextKind) {
        for (int candidate : new int[] {index - 1, index + 1}) {
            ParagraphChange neighbour = paired.get(candidate);
            if (neighbour != null && contained(text, neighbour.textOf(movedTextKind))) {
                return neighbour;
            }
        }
        return null;
    }

    private static boolean contained(String part, String whole) {
        List<String> partTokens = nonSpaceTokens(part);
        if (partTokens.isEmpty()) {
            return false;
        }
        Map<String, Integer> available = new HashMap<>();
        nonSpaceTokens(whole).forEach((token) -> available.merge(token, 1, Integer::sum));
        int found = 0;
        for (String token : partTokens) {
            Integer left = available.get(token);
            if (left != null && left > 0) {
                available.put(token, left - 1);
                found++;
            }
        }
        return found >= CONTAINED_SHARE * partTokens.size();
    }

    private static List<String> nonSpaceTokens(String text) {
        return WordTokens.tokenize(text).stream()
                .filter((token) -> !token.isBlank())
                .toList();
    }
}
