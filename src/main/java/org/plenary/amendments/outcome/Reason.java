package org.plenary.amendments.outcome;

import java.util.Locale;

/**
 * Why the rule decided as it did; pages turn it into a sentence with the evidence.
 */
public enum Reason {

    /** The new words stand where proposed and the replaced words are gone. */
    NEW_WORDS_IN_PLACE,

    /** The deleted words are gone and nothing took their place. */
    WORDS_REMOVED,

    /** Some of the new words stand at the proposed place. */
    SOME_NEW_WORDS,

    /** The targeted words gave way to other words. */
    TARGET_REPLACED_OTHERWISE,

    /** Part of the words proposed for deletion are gone. */
    SOME_WORDS_REMOVED,

    /** The targeted words are still there, and none of the new words. */
    TARGET_UNCHANGED,

    /** The words around the target were rewritten too. */
    CONTEXT_REWRITTEN,

    /** The paragraph has no successor. */
    NO_SUCCESSOR,

    /** A paragraph proposed for deletion is gone. */
    PARAGRAPH_REMOVED,

    /** A paragraph proposed for deletion is still there. */
    PARAGRAPH_KEPT,

    /** The next revision has a new paragraph close to the proposed one. */
    SIMILAR_NEW_PARAGRAPH,

    /** No new paragraph of the next revision is close enough to the proposed one. */
    NO_SIMILAR_NEW_PARAGRAPH;

    /** The key used in messages, e.g. {@code "target-unchanged"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
