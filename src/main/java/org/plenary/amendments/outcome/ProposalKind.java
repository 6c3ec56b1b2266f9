package org.plenary.amendments.outcome;

import java.util.Locale;

/**
 * What a proposal asks of a paragraph.
 */
public enum ProposalKind {

    /** Replace the target words with the new words. */
    REPLACE,

    /** Insert the new words right after the target words. */
    INSERT,

    /** Delete the target words. */
    DELETE,

    /** Add a new paragraph (the new words) after the paragraph. */
    NEW_PARAGRAPH,

    /** Delete the whole paragraph. */
    DELETE_PARAGRAPH;

    /** The name used in the API, forms and messages, e.g. {@code "new-paragraph"}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the proposal names words of the paragraph (replace, insert after, delete). */
    public boolean targetsWords() {
        return this == REPLACE || this == INSERT || this == DELETE;
    }

    /** Whether the proposal brings new words (replace, insert, new paragraph). */
    public boolean bringsWords() {
        return this == REPLACE || this == INSERT || this == NEW_PARAGRAPH;
    }

    /**
     * The kind an API name stands for.
     * @param name such as {@code "replace"} or {@code "new-paragraph"}, case ignored
     * @return the kind
     * @throws IllegalArgumentException if no kind has that name
     */
    public static ProposalKind ofApiName(String name) {
        for (ProposalKind kind : values()) {
            if (kind.apiName().equalsIgnoreCase((name != null) ? name.strip() : "")) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown proposal kind: " + name);
    }
}
