package org.plenary.amendments.outcome;

import java.util.Locale;

/**
 * The fate of a proposal in the next revision.
 */
public enum Outcome {

    /** The new words appear as proposed where proposed, and the replaced words are gone. */
    VERBATIM,

    /** A share of the new words appear there, or the targeted words gave way to other words. */
    PARTIAL,

    /** The targeted words are unchanged and none of the new words came in. */
    NOT_ADOPTED,

    /** The paragraph was rewritten around the target: the targeted words are gone, the proposal's words absent. */
    OVERTAKEN,

    /** The paragraph has no successor in the next revision. */
    DELETED;

    /** The name used in the API and in messages, e.g. {@code "not-adopted"}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the proposal made it into the text, wholly or in part (what uptake rates count). */
    public boolean adopted() {
        return this == VERBATIM || this == PARTIAL;
    }
}
