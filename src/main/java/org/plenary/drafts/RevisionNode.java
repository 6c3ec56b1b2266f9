package org.plenary.drafts;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One node of a revision's structure tree, in document order ({@code position}), with the position of its parent.
 * Its lineage says which paragraph of other revisions it is. Changed only through its {@link Revision}.
 */
@Entity
@Table(name = "draft_node")
class RevisionNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private Revision revision;

    private int position;

    private Integer parentPosition;

    @Enumerated(EnumType.STRING)
    private NodeKind kind;

    private String label;

    private String text;

    private Long lineageId;

    @Version
    private long version;

    protected RevisionNode() {}

    RevisionNode(
            Revision revision,
            int position,
            Integer parentPosition,
            NodeKind kind,
            String label,
            String text,
            Long lineageId) {
        this.revision = revision;
        this.position = position;
        this.parentPosition = parentPosition;
        this.kind = kind;
        this.label = label;
        this.text = text;
        this.lineageId = lineageId;
    }

    void rewrite(String label, String text) {
        this.label = label;
        this.text = text;
    }

    /** Joins the lineage an analyst's link correction gives it (lineage is analysis, allowed when published). */
    void joinLineage(Long lineageId) {
        this.lineageId = lineageId;
    }

    Long getId() {
        return this.id;
    }

    Revision getRevision() {
        return this.revision;
    }

    int getPosition() {
        return this.position;
    }

    Integer getParentPosition() {
        return this.parentPosition;
    }

    NodeKind getKind() {
        return this.kind;
    }

    String getLabel() {
        return this.label;
    }

    String getText() {
        return this.text;
    }

    Long getLineageId() {
        return this.lineageId;
    }
}
