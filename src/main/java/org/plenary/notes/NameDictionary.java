package org.plenary.notes;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.plenary.actors.ActorRef;
import org.plenary.actors.NameEntry;
import org.plenary.actors.NameResolver;

/**
 * Every way the actors are written, compiled into a trie over the names' normalised letters (as {@link NameResolver}
 * compares them: case, accents, spaces and punctuation ignored, so "EU 27" is "EU27" and "Guinea Bissau" is
 * "Guinea-Bissau"), for finding mentions in running text in one pass. At each word start the trie is walked as far as
 * the text goes, and the longest name that ends at a word end wins: "Papua New Guinea" over "Guinea", "South Sudan"
 * over "Sudan", and "Niger" never inside "Nigeria".
 *
 * <p>Where a rule cannot decide, a mention is missed rather than the wrong actor linked: a name must start with a
 * capital ("guinea pig"); codes and acronyms ("US", "CH", "AG", "EU27") count only in capitals, and not on a line
 * written all in capitals (where "US" may be the pronoun); a two-letter code that is an English word ("IN", "NO",
 * "IT") never counts; a one-word name right after a capitalised word is taken for a person's name ("Michael Jordan");
 * a name that stands for two actors at its tier is ambiguous and left alone. Immutable and thread-safe once built.
 *
 * <p>Names are found at a date: an alias that holds for a period only ("EU" for the EU 27 from 12 March 2018) counts at
 * the dates it holds for, and outside them the name falls back to what it means without the alias (the European
 * Union's code). Names with no period are decided once, when the dictionary is built.
 */
final class NameDictionary {

    /** A name found in a text: its UTF-16 offsets, the text as written, and the actor. */
    record Found(int start, int end, String written, ActorRef actor) {}

    private static final Set<String> ENGLISH_TWO_LETTERS = Set.of(
            "AM", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "HI", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF",
            "OK", "ON", "OR", "SO", "TO", "UP", "WE", "ID", "PE", "TV", "PM", "AI", "MA", "PA");

    /** Capitalised words after which a one-word name is still a name, not a surname. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the",
            "and",
            "or",
            "but",
            "for",
            "with",
            "from",
            "to",
            "in",
            "on",
            "at",
            "by",
            "of",
            "as",
            "if",
            "when",
            "while",
            "also",
            "both",
            "then",
            "yet",
            "so",
            "only",
            "even",
            "like",
            "unlike",
            "including",
            "except",
            "against",
            "between",
            "among",
            "after",
            "before",
            "unless",
            "whereas",
            "see",
            "cf",
            "a",
            "an",
            "that",
            "this",
            "these",
            "those",
            "where",
            "which",
            "whom",
            "whose",
            "not",
            "nor",
            "all",
            "some",
            "many",
            "most",
            "said",
            "says",
            "delegates",
            "countries",
            "states",
            "line",
            "up",
            "plus",
            "via",
            "per",
            "re",
            "ms",
            "mr");

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();

        /** What the name stands for, when none of its ways of writing holds for a period only. */
        Entry entry;

        /** Every way of writing the name, when one holds for a period only: decided at the date asked for. */
        List<Way> ways;

        Entry entryOn(LocalDate date) {
            if (this.ways == null) {
                return this.entry;
            }
            return decide(this.ways.stream()
                    .filter((w) ->
                            !w.name().dated() || (date != null && w.name().holdsOn(date)))
                    .toList());
        }
    }

    /** What a normalised name stands for: the actors of its deciding tier, and whether it counts only in capitals. */
    private record Entry(List<ActorRef> actors, int tier, boolean capitalsOnly, boolean singleWord) {}

    /** One way of writing a name, as the actors module gave it. */
    private record Way(ActorRef actor, int tier, boolean capitalsOnly, boolean singleWord, NameEntry name) {}

    private final Node root = new Node();

    private final int size;

    private NameDictionary(Node root, int size) {
        this.root.next.putAll(root.next);
        this.size = size;
    }

    static NameDictionary of(List<NameEntry> names, Map<Long, ActorRef> actors) {
        Map<String, List<Way>> byKey = new HashMap<>();
        for (NameEntry name : names) {
            ActorRef actor = actors.get(name.actorId());
            String text = (name.text() != null) ? name.text().strip() : "";
            String key = NameResolver.normalize(text);
            if (actor == null || key.isEmpty()) {
                continue;
            }
            if (name.kind() == NameEntry.Kind.ISO2 && ENGLISH_TWO_LETTERS.contains(text.toUpperCase(Locale.ROOT))) {
                continue;
            }
            boolean capitalsOnly =
                    isAcronym(text) || name.kind() == NameEntry.Kind.CODE || name.kind() == NameEntry.Kind.ISO2;
            boolean singleWord = !text.matches(".*[^\\p{L}\\p{N}].*");
            byKey.computeIfAbsent(key, (k) -> new ArrayList<>())
                    .add(new Way(actor, name.kind().ordinal(), capitalsOnly, singleWord, name));
        }
        Node root = new Node();
        for (Map.Entry<String, List<Way>> e : byKey.entrySet()) {
            Node node = root;
            for (char c : e.getKey().toCharArray()) {
                node = node.next.computeIfAbsent(c, (k) -> new Node());
            }
            if (e.getValue().stream().anyMatch((w) -> w.name().dated())) {
                node.ways = List.copyOf(e.getValue());
            } else {
                node.entry = decide(e.getValue());
            }
        }
        return new NameDictionary(root, byKey.size());
    }

    /**
     * The deciding tier's actors among the ways a name is written (null when none): the lowest tier wins; the same
     * actor written several ways at that tier counts in capitals only if every way is an acronym.
     */
    private static Entry decide(List<Way> ways) {
        Entry best = null;
        for (Way way : ways) {
            if (best == null || way.tier() < best.tier()) {
                best = new Entry(
                        new ArrayList<>(List.of(way.actor())), way.tier(), way.capitalsOnly(), way.singleWord());
            } else if (way.tier() == best.tier() && !best.actors().contains(way.actor())) {
                best.actors().add(way.actor());
            } else if (way.tier() == best.tier()) {
                best = new Entry(
                        best.actors(), best.tier(), best.capitalsOnly() && way.capitalsOnly(), best.singleWord());
            }
        }
        return best;
    }

    int size() {
        return this.size;
    }

    /** Every mention in the text by the names that hold at every date, left to right, none overlapping. */
    List<Found> find(String text) {
        return find(text, null);
    }

    /** Every mention in the text by the names that hold at the date (the note's), left to right, none overlapping. */
    List<Found> find(String text, LocalDate date) {
        Normalized norm = Normalized.of(text);
        List<Found> found = new ArrayList<>();
        int k = 0;
        int lastEnd = -1;
        while (k < norm.length()) {
            if (!norm.wordStart(k)) {
                k++;
                continue;
            }
            Node node = this.root;
            Entry match = null;
            int matchEnd = -1;
            for (int i = k; i < norm.length(); i++) {
                node = node.next.get(norm.chars[i]);
                if (node == null) {
                    break;
                }
                if ((node.entry != null || node.ways != null) && norm.wordEnd(i)) {
                    Entry entry = node.entryOn(date);
                    if (entry != null) {
                        match = entry;
                        matchEnd = i;
                    }
                }
            }
            if (match != null) {
                int start = norm.sourceStart[k];
                int end = norm.sourceEnd[matchEnd];
                if (accept(match, text, start, end, lastEnd)) {
                    found.add(new Found(
                            start,
                            end,
                            text.substring(start, end),
                            match.actors().get(0)));
                    lastEnd = end;
                    k = matchEnd + 1;
                    continue;
                }
            }
            k++;
        }
        return found;
    }

    private static boolean accept(Entry entry, String text, int start, int end, int lastMentionEnd) {
        if (entry.actors().size() != 1) {
            return false;
        }
        String written = text.substring(start, end);
        if (!Character.isUpperCase(written.codePointAt(0))) {
            return false;
        }
        boolean shouting = shoutingLine(text, start);
        if (entry.capitalsOnly()) {
            if (shouting || !written.equals(written.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        if (entry.tier() == NameEntry.Kind.NAME.ordinal() && entry.singleWord() && !shouting) {
            return !afterAFirstName(text, start, lastMentionEnd);
        }
        return true;
    }

    /** "Michael Jordan": a capitalised word, not a function word nor a mention, right before the name. */
    private static boolean afterAFirstName(String text, int start, int lastMentionEnd) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int wordEnd = start - 1;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || wordEnd == lastMentionEnd) {
            return false;
        }
        String word = text.substring(wordStart, wordEnd);
        return Character.isUpperCase(word.charAt(0))
                && !word.equals(word.toUpperCase(Locale.ROOT))
                && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A line with at least a dozen letters, nearly all capitals: a heading or a note typed in capitals. */
    private static boolean shoutingLine(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        if (to < 0) {
            to = text.length();
        }
        int letters = 0;
        int upper = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 12 && upper * 10 >= letters * 9;
    }

    private static boolean isAcronym(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter && text.replaceAll("[^\\p{L}\\p{N}]", "").length() <= 6;
    }

    /** The text's letters and digits as {@link NameResolver#normalize} writes them, each mapped to its source span. */
    private static final class Normalized {

        final char[] chars;

        final int[] sourceStart;

        final int[] sourceEnd;

        final String source;

        private Normalized(char[] chars, int[] sourceStart, int[] sourceEnd, String source) {
            this.chars = chars;
            this.sourceStart = sourceStart;
            this.sourceEnd = sourceEnd;
            this.source = source;
        }

        static Normalized of(String text) {
            int capacity = text.length() + 16;
            char[] chars = new char[capacity];
            int[] starts = new int[capacity];
            int[] ends = new int[capacity];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c < 128) {
                    // The common case, without allocating: ASCII letters and digits, lower-cased.
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                        chars[n] = c;
                    } else if (c >= 'A' && c <= 'Z') {
                        chars[n] = (char) (c + 32);
                    } else {
                        i++;
                        continue;
                    }
                    starts[n] = i;
                    ends[n] = i + 1;
                    n++;
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    String plain = plain(new String(Character.toChars(cp)));
                    for (int j = 0; j < plain.length(); j++) {
                        if (n >= chars.length) {
                            chars = java.util.Arrays.copyOf(chars, n * 2);
                            starts = java.util.Arrays.copyOf(starts, n * 2);
                            ends = java.util.Arrays.copyOf(ends, n * 2);
                        }
                        chars[n] = plain.charAt(j);
                        starts[n] = i;
                        ends[n] = i + width;
                        n++;
                    }
                }
                i += width;
            }
            return new Normalized(java.util.Arrays.copyOf(chars, n), starts, ends, text);
        }

        private static String plain(String c) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.chars().allMatch((x) -> x < 128)) {
                return lower;
            }
            String decomposed =
                    Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
            return decomposed
                    .replace("ß", "ss")
                    .replace("æ", "ae")
                    .replace("ø", "o")
                    .replace("œ", "oe")
                    .replaceAll("[^\\p{L}\\p{N}]", "");
        }

        int length() {
            return this.chars.length;
        }

        /** Whether normalised char k begins a word of the source (the source char before it is no letter or digit). */
        boolean wordStart(int k) {
            int s = this.sourceStart[k];
            return (k == 0 || this.sourceStart[k - 1] != s) && (s == 0 || !isWordChar(this.source, s - 1));
        }

        /** Whether normalised char k ends a word of the source. */
        boolean wordEnd(int k) {
            if (k + 1 < this.chars.length && this.sourceStart[k + 1] == this.sourceStart[k]) {
                return false;
            }
            int e = this.sourceEnd[k];
            return e >= this.source.length() || !isWordChar(this.source, e);
        }

        private static boolean isWordChar(String text, int at) {
            return Character.isLetterOrDigit(text.charAt(at));
        }
    }

    static Set<Long> actorIds(List<Found> found) {
        Set<Long> ids = new LinkedHashSet<>();
        found.forEach((f) -> ids.add(f.actor().id()));
        return ids;
    }
}
