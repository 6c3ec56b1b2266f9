package org.plenary.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader searches for: the words as typed (web-search syntax: "a phrase", or, -word), capped at
 * {@value #MAX_LENGTH} characters, and the filters, each optional: kinds (none: all), a process (by slug), a date
 * range, a round, a tag and an actor named (by name, code or alias, as typed).
 */
record SearchQuery(
        String text,
        boolean shortened,
        Set<SearchKind> kinds,
        String process,
        LocalDate from,
        LocalDate to,
        Long roundId,
        String tag,
        String actor) {

    /** Longer than any real search; a longer text is cut here (and the page says so). */
    static final int MAX_LENGTH = 200;

    SearchQuery {
        kinds = (kinds == null || kinds.isEmpty()) ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds);
        tag = blankToNull(tag);
        tag = (tag == null) ? null : tag.toLowerCase(Locale.ROOT);
        process = blankToNull(process);
        actor = blankToNull(actor);
    }

    /** The query of the page's parameters: the text stripped, its spaces collapsed and capped. */
    static SearchQuery of(
            String typed,
            List<SearchKind> kinds,
            String process,
            LocalDate from,
            LocalDate to,
            Long roundId,
            String tag,
            String actor) {
        String text =
                (typed == null) ? "" : typed.replaceAll("[\\s\\p{Cc}]+", " ").strip();
        boolean shortened = text.codePointCount(0, text.length()) > MAX_LENGTH;
        if (shortened) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return new SearchQuery(
                text,
                shortened,
                (kinds == null) ? Set.of() : Set.copyOf(kinds),
                process,
                from,
                to,
                roundId,
                tag,
                actor);
    }

    /**
     * The words and phrases searched for, joined by "or", without the words left out ({@code -word}): the window of a
     * long text that a snippet is made from need only hold one of them.
     */
    String anyWords() {
        List<String> wanted = new ArrayList<>();
        Matcher token = TOKEN.matcher(this.text);
        while (token.find()) {
            String t = token.group();
            if (!t.startsWith("-") && !t.equalsIgnoreCase("or")) {
                wanted.add(t.startsWith("\"") && !t.endsWith("\"") ? t + '"' : t);
            }
        }
        return String.join(" or ", wanted);
    }

    /** A phrase in quotes (perhaps unclosed, perhaps with a minus) or a word, as websearch_to_tsquery reads them. */
    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|[^\\s\"]+");

    public boolean isBlank() {
        return this.text.isEmpty();
    }

    /** Whether only some kinds are asked for. */
    public boolean narrowed() {
        return this.kinds.size() < SearchKind.values().length;
    }

    /** Whether a filter other than the kinds is set. */
    public boolean filtered() {
        return this.process != null
                || this.from != null
                || this.to != null
                || this.roundId != null
                || this.tag != null
                || this.actor != null;
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }
}
