package org.plenary.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into tokens whose concatenation is the text again: words (runs of letters, digits and combining
 * marks), runs of whitespace, and single other characters (punctuation, symbols).
 */
final class WordTokens {

    private WordTokens() {}

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int length = text.length();
        int start = 0;
        while (start < length) {
            int codePoint = text.codePointAt(start);
            int end = start + Character.charCount(codePoint);
            if (isWordCharacter(codePoint)) {
                end = endOfRun(text, end, true);
            } else if (Character.isWhitespace(codePoint)) {
                end = endOfRun(text, end, false);
            }
            tokens.add(text.substring(start, end));
            start = end;
        }
        return tokens;
    }

    static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean wordCharacter = isWordCharacter(codePoint);
            if (wordCharacter && !inWord) {
                words++;
            }
            inWord = wordCharacter;
            i += Character.charCount(codePoint);
        }
        return words;
    }

    static boolean containsWord(String text) {
        return text.codePoints().anyMatch(WordTokens::isWordCharacter);
    }

    static boolean isWordCharacter(int codePoint) {
        if (Character.isLetterOrDigit(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static int endOfRun(String text, int from, boolean words) {
        int position = from;
        while (position < text.length()) {
            int codePoint = text.codePointAt(position);
            boolean continues = words ? isWordCharacter(codePoint) : Character.isWhitespace(codePoint);
            if (!continues) {
                break;
            }
            position += Character.charCount(codePoint);
        }
        return position;
    }
}
