package org.plenary.drafts;

/**
 * Whether a revision may still change. A published revision is the text as circulated: it refuses changes.
 */
public enum RevisionStatus {

    /** Still being prepared or corrected. */
    DRAFT,

    /** As circulated; cannot change. */
    PUBLISHED
}
