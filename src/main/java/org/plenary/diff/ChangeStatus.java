package org.plenary.diff;

import java.util.Locale;

/**
 * What happened to a paragraph between two versions.
 */
public enum ChangeStatus {

    /** Same text, at its place in the in-order alignment. */
    EQUAL,

    /** Same paragraph (same lineage), at its place in the in-order alignment, with word-level edits. */
    CHANGED,

    /** Only in the newer version. */
    INSERTED,

    /** Only in the older version. */
    DELETED,

    /**
     * In both versions, but its position relative to the other paragraphs changed; it may also carry
     * word-level edits.
     */
    MOVED;

    /**
     * The lower-case name used in the JSON API, e.g. {@code "moved"}.
     * @return the API name of this status
     */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
