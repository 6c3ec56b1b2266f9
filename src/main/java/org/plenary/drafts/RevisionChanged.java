package org.plenary.drafts;

/**
 * Something about a revision changed that whatever is computed from its text must follow (published inside the
 * writing transaction): it was imported, published, a node's text was corrected, or its lineage links to the
 * previous revision were corrected. Amendment outcomes, for one, are recomputed from it.
 *
 * @param revisionId the revision
 * @param documentId the document it is a revision of
 * @param kind what happened
 */
public record RevisionChanged(Long revisionId, Long documentId, Kind kind) {

    /** What happened to the revision. */
    public enum Kind {
        IMPORTED,
        PUBLISHED,
        TEXT_CORRECTED,
        LINEAGE_CORRECTED
    }
}
