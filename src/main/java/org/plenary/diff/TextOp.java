package org.plenary.diff;

import java.util.Locale;
import java.util.Objects;

/**
 * One word-level operation inside a paragraph: a run of text kept, inserted or deleted.
 *
 * @param op what happened to the text
 * @param text the text itself, never empty
 */
public record TextOp(Kind op, String text) {

    /**
     * Validates the operation.
     */
    public TextOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("An operation carries some text");
        }
    }

    /**
     * The number of words in the text, counted as {@link ComparisonSummary} counts them.
     * @return the word count, 0 for whitespace or punctuation only
     */
    public int wordCount() {
        return WordTokens.countWords(this.text);
    }

    /**
     * The kind of a {@link TextOp}.
     */
    public enum Kind {

        /** Text present in both versions. */
        EQUAL,

        /** Text present only in the newer version. */
        INSERT,

        /** Text present only in the older version. */
        DELETE;

        /**
         * The lower-case name used in the JSON API, e.g. {@code "insert"}.
         * @return the API name of this kind
         */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
