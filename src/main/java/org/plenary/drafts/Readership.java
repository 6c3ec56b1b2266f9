package org.plenary.drafts;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads the drafts pages. Published revisions are public documents, as circulated; draft revisions (still being
 * imported or corrected, possibly confidential) are for signed-in users only.
 */
public enum Readership {

    /** A signed-in user: every revision. */
    SIGNED_IN,

    /** An anonymous reader: the published revisions only. */
    PUBLIC;

    /**
     * The same rule for other modules' SQL (the search), alias {@code r} for a {@code draft_revision}, parameter
     * {@code signedIn}.
     */
    public static final String VISIBLE_REVISION = "(:signedIn or r.status = 'PUBLISHED')";

    /** The revisions of a series this reader may see, in order. */
    public List<RevisionRow> visible(List<RevisionRow> series) {
        return (this == SIGNED_IN)
                ? series
                : series.stream().filter(RevisionRow::published).toList();
    }

    /**
     * The revision, if this reader may see it.
     * @throws AccessDeniedException otherwise (or for {@code null}): an anonymous reader is asked to log in
     */
    public RevisionRow check(RevisionRow revision) {
        if (this == PUBLIC && (revision == null || !revision.published())) {
            throw new AccessDeniedException("a draft revision is for signed-in users");
        }
        return revision;
    }
}
