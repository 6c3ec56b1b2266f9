package org.plenary.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plenary.actors.ActorRef;

/**
 * A coordinator's correction of the names recognised in a note: {@link Kind#REMOVE} unlinks every occurrence of the
 * words as written from the actor ("not this actor"), {@link Kind#ADD} links every occurrence of the words as written
 * (whole words, same capitals) to the actor, before whatever the recogniser found there. Corrections name words, not
 * offsets, so they hold through every later edit of the note.
 */
public record MentionCorrection(Kind kind, Long actorId, String written) {

    /** Link or unlink. */
    public enum Kind {
        ADD,
        REMOVE
    }

    /** Whether the words stand in the text as a whole word or phrase (not inside a longer word). */
    static boolean occursIn(String text, String words) {
        return !occurrences(text, words).isEmpty();
    }

    /**
     * The recognised mentions of a text with the corrections applied: removed pairs of actor and words dropped, every
     * occurrence of an added name linked, and a recognised mention that overlaps an added one given up for it. Left to
     * right, none overlapping.
     */
    static List<NameDictionary.Found> apply(
            String text,
            List<NameDictionary.Found> found,
            List<MentionCorrection> corrections,
            Map<Long, ActorRef> actors) {
        if (corrections.isEmpty()) {
            return found;
        }
        Set<String> removed = corrections.stream()
                .filter((c) -> c.kind() == Kind.REMOVE)
                .map((c) -> key(c.actorId(), c.written()))
                .collect(Collectors.toSet());
        List<NameDictionary.Found> added = new ArrayList<>();
        corrections.stream()
                .filter((c) -> c.kind() == Kind.ADD && actors.containsKey(c.actorId()))
                // the longest words first, so "Papua New Guinea" added keeps its place over an added "Guinea"
                .sorted(Comparator.comparingInt(
                        (MentionCorrection c) -> -c.written().length()))
                .forEach((c) -> {
                    for (int start : occurrences(text, c.written())) {
                        int end = start + c.written().length();
                        if (added.stream().noneMatch((a) -> overlaps(a, start, end))) {
                            added.add(new NameDictionary.Found(start, end, c.written(), actors.get(c.actorId())));
                        }
                    }
                });
        List<NameDictionary.Found> result = new ArrayList<>(added);
        for (NameDictionary.Found f : found) {
            if (!removed.contains(key(f.actor().id(), f.written()))
                    && added.stream().noneMatch((a) -> overlaps(a, f.start(), f.end()))) {
                result.add(f);
            }
        }
        result.sort(Comparator.comparingInt(NameDictionary.Found::start));
        return result;
    }

    private static List<Integer> occurrences(String text, String words) {
        List<Integer> starts = new ArrayList<>();
        if (text == null || words == null || words.isBlank()) {
            return starts;
        }
        int at = text.indexOf(words);
        while (at >= 0) {
            int end = at + words.length();
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (wordStart && wordEnd) {
                starts.add(at);
            }
            at = text.indexOf(words, at + 1);
        }
        return starts;
    }

    private static boolean overlaps(NameDictionary.Found f, int start, int end) {
        return f.start() < end && start < f.end();
    }

    private static String key(Long actorId, String written) {
        return actorId + "\u0000" + written;
    }
}
