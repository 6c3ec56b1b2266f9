package org.plenary.drafts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * One revision of a negotiated document ("Zero Draft", "Rev 1"): its label, date, status and source file, and its
 * structure tree as nodes in document order. A published revision refuses every change to its text or structure;
 * {@link #getContentVersion() contentVersion} counts the changes that invalidate cached comparisons.
 */
@Entity
@Table(name = "draft_revision")
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long documentId;

    private int sequence;

    private String label;

    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private RevisionStatus status;

    private String sourceFile;

    private OffsetDateTime importedAt;

    private String importedBy;

    private long contentVersion;

    @Version
    private long version;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RevisionNode> nodes = new ArrayList<>();

    protected Revision() {}

    Revision(
            Long documentId,
            int sequence,
            String label,
            LocalDate issuedOn,
            RevisionStatus status,
            String sourceFile,
            OffsetDateTime importedAt,
            String importedBy) {
        this.documentId = documentId;
        this.sequence = sequence;
        this.label = label;
        this.issuedOn = issuedOn;
        this.status = status;
        this.sourceFile = sourceFile;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    /**
     * Adds the imported structure in document order; each node's parent is the nearest preceding node of a kind
     * that may hold it.
     */
    void addStructure(List<StructureNode> structure, List<Long> lineageIds) {
        requireDraftOrNew();
        int[] parents = StructureTree.parentPositions(
                structure.stream().map(StructureNode::kind).toList());
        for (int i = 0; i < structure.size(); i++) {
            StructureNode node = structure.get(i);
            this.nodes.add(new RevisionNode(
                    this,
                    i,
                    (parents[i] >= 0) ? parents[i] : null,
                    node.kind(),
                    node.label(),
                    node.text(),
                    lineageIds.get(i)));
        }
    }

    /** Rewrites the text of one node. Refused once the revision is published. */
    void rewrite(RevisionNode node, String label, String text) {
        requireDraft();
        if (!node.getRevision().getId().equals(this.id)) {
            throw new IllegalArgumentException("Node " + node.getId() + " is not in revision " + this.id);
        }
        if (text == null || text.isBlank()) {
            throw new RuleException("text", "drafts.node.blank");
        }
        node.rewrite(label, text.strip());
        contentChanged();
    }

    /** Publishes the revision: from now on it refuses changes. */
    void publish() {
        requireDraft();
        this.status = RevisionStatus.PUBLISHED;
    }

    /** Notes that what comparisons with this revision show has changed (text, or lineage links). */
    void contentChanged() {
        this.contentVersion++;
    }

    private void requireDraftOrNew() {
        if (this.id != null) {
            requireDraft();
        }
    }

    private void requireDraft() {
        if (this.status == RevisionStatus.PUBLISHED) {
            throw new RuleException("text", "drafts.revision.published", this.label);
        }
    }

    boolean isPublished() {
        return this.status == RevisionStatus.PUBLISHED;
    }

    Long getId() {
        return this.id;
    }

    Long getDocumentId() {
        return this.documentId;
    }

    int getSequence() {
        return this.sequence;
    }

    String getLabel() {
        return this.label;
    }

    LocalDate getIssuedOn() {
        return this.issuedOn;
    }

    RevisionStatus getStatus() {
        return this.status;
    }

    String getSourceFile() {
        return this.sourceFile;
    }

    long getContentVersion() {
        return this.contentVersion;
    }

    long getVersion() {
        return this.version;
    }

    List<RevisionNode> getNodes() {
        return this.nodes;
    }
}
