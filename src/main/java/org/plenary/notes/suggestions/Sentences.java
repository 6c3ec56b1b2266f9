package org.plenary.notes.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts prose into sentences: every line on its own (a bullet, a heading, a paragraph), and a line at a full stop,
 * question or exclamation mark followed by a space and what starts a sentence (a capital, a digit, a quote or a
 * bracket). A stop after an abbreviation ("Amb.", "e.g.", "U.S.") or an initial ("C. Barton") does not end a sentence.
 * A leading bullet, list number, Markdown heading or quote mark is left out of the sentence. Pure.
 */
final class Sentences {

    /** A sentence: its UTF-16 offsets into the text. */
    record Span(int start, int end) {}

    private static final Pattern STOP = Pattern.compile("[.!?][\"”’')\\]]*\\s+(?=[\\p{Lu}\\d\"“‘(\\[·•])");

    private static final Pattern LEAD = Pattern.compile("^(?:\\s|[·•▪◦‣>#]|[-–—*+](?=\\s)|\\d{1,3}[.)](?=\\s))+");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "amb", "st", "no", "nos", "vs", "cf", "eg", "ie", "etc", "art", "para", "paras",
            "obj", "rev", "sr", "jr", "prof", "gen", "hon", "op", "fig", "approx");

    private Sentences() {}

    static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            line(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void line(String text, int from, int to, List<Span> spans) {
        Matcher stop = STOP.matcher(text).region(from, to);
        int start = from;
        while (stop.find()) {
            if (abbreviation(text, from, stop.start())) {
                continue;
            }
            add(text, start, stop.start() + 1, spans);
            start = stop.end();
        }
        add(text, start, to, spans);
    }

    /** Whether the stop at {@code at} ends an abbreviation or an initial rather than a sentence. */
    private static boolean abbreviation(String text, int lineStart, int at) {
        int wordStart = at;
        while (wordStart > lineStart
                && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String written = text.substring(wordStart, at);
        String word = written.replace(".", "");
        if (word.isEmpty()) {
            return false;
        }
        if (written.contains(".")) {
            return true; // "U.S." or "e.g."
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        Matcher lead = LEAD.matcher(text).region(start, end);
        if (lead.lookingAt()) {
            start = lead.end();
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
