package org.plenary.drafts;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The link of a paragraph of a revision to its predecessor in the previous revision, computed at import and
 * correctable by an analyst (the correction is kept, marked and audited). Nodes are referenced by id.
 */
@Entity
@Table(name = "draft_link")
class LineageLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long revisionId;

    private Long nodeId;

    private Long predecessorId;

    @Enumerated(EnumType.STRING)
    private LinkKind kind;

    private boolean corrected;

    private String correctedBy;

    private OffsetDateTime correctedAt;

    @Version
    private long version;

    protected LineageLink() {}

    LineageLink(Long revisionId, Long nodeId, Long predecessorId, LinkKind kind) {
        if (nodeId == null && predecessorId == null) {
            throw new IllegalArgumentException("A link has a node, a predecessor or both");
        }
        this.revisionId = revisionId;
        this.nodeId = nodeId;
        this.predecessorId = predecessorId;
        this.kind = kind;
    }

    /** An analyst's correction: the node's predecessor is another one (or none), with the kind that follows. */
    void correct(Long predecessorId, LinkKind kind, String by, OffsetDateTime at) {
        this.predecessorId = predecessorId;
        this.kind = kind;
        this.corrected = true;
        this.correctedBy = by;
        this.correctedAt = at;
    }

    Long getId() {
        return this.id;
    }

    Long getRevisionId() {
        return this.revisionId;
    }

    Long getNodeId() {
        return this.nodeId;
    }

    Long getPredecessorId() {
        return this.predecessorId;
    }

    LinkKind getKind() {
        return this.kind;
    }

    boolean isCorrected() {
        return this.corrected;
    }

    long getVersion() {
        return this.version;
    }
}
