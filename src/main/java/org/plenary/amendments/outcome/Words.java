package org.plenary.amendments.outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.diff.Paragraphs;

/**
 * The words of a text as the outcome rule compares them: runs of letters, digits and combining marks, lower-cased,
 * each with where it stands in the text. Punctuation, spacing and case never decide an outcome.
 */
final class Words {

    private final String text;

    private final List<String> words;

    private final int[] starts;

    private final int[] ends;

    private Words(String text, List<String> words, int[] starts, int[] ends) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    static Words of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (Paragraphs.isWordCharacter(codePoint)) {
                int start = i;
                while (i < text.length() && Paragraphs.isWordCharacter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                spans.add(new int[] {start, i});
            } else {
                i += Character.charCount(codePoint);
            }
        }
        int[] starts = spans.stream().mapToInt((span) -> span[0]).toArray();
        int[] ends = spans.stream().mapToInt((span) -> span[1]).toArray();
        return new Words(text, List.copyOf(words), starts, ends);
    }

    List<String> list() {
        return this.words;
    }

    int size() {
        return this.words.size();
    }

    boolean isEmpty() {
        return this.words.isEmpty();
    }

    /** Where word {@code index} starts in the text. */
    int start(int index) {
        return this.starts[index];
    }

    /** Where word {@code index} ends in the text (exclusive). */
    int end(int index) {
        return this.ends[index];
    }

    /** The text from the start of word {@code first} to the end of word {@code end - 1}, empty if none. */
    String text(int first, int end) {
        if (first >= end) {
            return "";
        }
        return this.text.substring(this.starts[first], this.ends[end - 1]);
    }

    /** Where the {@code occurrence}-th (0-based) run of {@code wanted} starts in {@code words}, or -1. */
    static int indexOf(List<String> words, List<String> wanted, int occurrence) {
        if (wanted.isEmpty()) {
            return -1;
        }
        int seen = 0;
        for (int i = 0; i + wanted.size() <= words.size(); i++) {
            if (words.subList(i, i + wanted.size()).equals(wanted) && seen++ == occurrence) {
                return i;
            }
        }
        return -1;
    }

    /** How many times a word occurs in a list. */
    static Map<String, Integer> bag(List<String> words) {
        Map<String, Integer> bag = new HashMap<>();
        words.forEach((word) -> bag.merge(word, 1, Integer::sum));
        return bag;
    }

    /** The words of {@code words} left after taking away those of {@code taken} (as multisets), in order. */
    static List<String> without(List<String> words, List<String> taken) {
        Map<String, Integer> left = bag(taken);
        List<String> result = new ArrayList<>();
        for (String word : words) {
            Integer count = left.get(word);
            if (count != null && count > 0) {
                left.put(word, count - 1);
            } else {
                result.add(word);
            }
        }
        return result;
    }

    /** The words of {@code wanted} that {@code pool} holds (as multisets), in the order of {@code wanted}. */
    static List<String> foundIn(List<String> wanted, List<String> pool) {
        Map<String, Integer> available = bag(pool);
        List<String> result = new ArrayList<>();
        for (String word : wanted) {
            Integer count = available.get(word);
            if (count != null && count > 0) {
                available.put(word, count - 1);
                result.add(word);
            }
        }
        return result;
    }

    /** The Dice coefficient of two word multisets: 1 for the same words, 0 for none shared. */
    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return 2.0 * foundIn(a, b).size() / (a.size() + b.size());
    }
}
