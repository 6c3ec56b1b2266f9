package org.plenary.drafts;

import java.util.Locale;

import org.plenary.diff.ChangeStatus;
import org.plenary.diff.ParagraphChange;

/**
 * How a paragraph relates to its predecessor in the previous revision.
 */
public enum LinkKind {

    /** Same text, same place. */
    SAME,

    /** Edited in place. */
    CHANGED,

    /** Moved (perhaps also edited). */
    MOVED,

    /** Only its number or letter changed. */
    RENUMBERED,

    /** Split off an old paragraph; starts a new lineage. */
    SPLIT,

    /** An old paragraph merged into this one. */
    MERGED,

    /** New in this revision. */
    INSERTED,

    /** The old paragraph has no successor. */
    DELETED;

    /** The key used in messages and CSS, e.g. {@code "renumbered"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a node with this link continues its predecessor's lineage. */
    boolean continuesLineage() {
        return this == SAME || this == CHANGED || this == MOVED || this == RENUMBERED;
    }

    /** The kind of link an entry of a comparison of consecutive revisions stands for. */
    static LinkKind of(ParagraphChange change) {
        return switch (change.status()) {
            case EQUAL -> SAME;
            case CHANGED -> change.renumberedOnly() ? RENUMBERED : CHANGED;
            case MOVED -> MOVED;
            case INSERTED -> (change.splitFrom() != null) ? SPLIT : INSERTED;
            case DELETED -> (change.mergedInto() != null) ? MERGED : DELETED;
        };
    }

    /** The kind an analyst's link between two texts gets: same, renumbered or changed. */
    static LinkKind between(String predecessor, String successor) {
        if (predecessor.equals(successor)) {
            return SAME;
        }
        for (ParagraphChange change : org.plenary.diff.ParagraphDiff.compare(
                        java.util.List.of(predecessor), java.util.List.of(successor))
                .changes()) {
            if (change.status() == ChangeStatus.CHANGED && change.renumberedOnly()) {
                return RENUMBERED;
            }
        }
        return CHANGED;
    }
}
