package org.plenary.drafts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * Changes to saved revisions: rewriting a node and publishing (refused by a published revision), and an analyst's
 * correction of a paragraph's lineage link (allowed on published revisions too: lineage is analysis, not text).
 * Every change is audited by the audit trail and guarded by the entity version.
 */
@Service
@Transactional
public class RevisionEditing {

    private final Revisions revisions;

    private final RevisionNodes nodes;

    private final LineageLinks links;

    private final LineageIds lineageIds;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    RevisionEditing(
            Revisions revisions,
            RevisionNodes nodes,
            LineageLinks links,
            LineageIds lineageIds,
            Clock clock,
            ApplicationEventPublisher events) {
        this.revisions = revisions;
        this.nodes = nodes;
        this.links = links;
        this.lineageIds = lineageIds;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Rewrites one node's text.
     * @throws RuleException if the revision is published or the text blank
     * @throws StaleEditException if the revision changed since {@code revisionVersion}
     */
    public void rewrite(Long nodeId, String text, long revisionVersion) {
        RevisionNode node = node(nodeId);
        Revision revision = node.getRevision();
        StaleEditException.check(revisionVersion, revision.getVersion());
        revision.rewrite(node, node.getLabel(), text);
        this.revisions.contentChangedFrom(revision.getDocumentId(), revision.getSequence() + 1);
        changed(revision, RevisionChanged.Kind.TEXT_CORRECTED);
    }

    private void changed(Revision revision, RevisionChanged.Kind kind) {
        this.events.publishEvent(new RevisionChanged(revision.getId(), revision.getDocumentId(), kind));
    }

    /**
     * Publishes a revision.
     * @throws RuleException if it is already published
     */
    public void publish(Long revisionId, long revisionVersion) {
        Revision revision = this.revisions
                .findById(revisionId)
                .orElseThrow(() -> new NotFoundException("drafts.revision.notFound", revisionId));
        StaleEditException.check(revisionVersion, revision.getVersion());
        revision.publish();
        changed(revision, RevisionChanged.Kind.PUBLISHED);
    }

    /**
     * Links a node to another predecessor in the previous revision, or to none (it is then inserted). The node
     * joins the predecessor's lineage (or a new one), and so do its successors in later revisions; a node that
     * continued that predecessor before is marked inserted with a lineage of its own, and an old predecessor left
     * without successor is marked deleted.
     * @param nodeId the node of the newer revision
     * @param predecessorId a node of the previous revision, or {@code null}
     * @param linkVersion the version of the link the analyst saw
     * @param username who corrects it
     * @throws StaleEditException if the link changed since
     * @throws RuleException if the predecessor is not in the previous revision
     */
    public void correctLink(Long nodeId, Long predecessorId, long linkVersion, String username) {
        RevisionNode node = node(nodeId);
        Revision revision = node.getRevision();
        LineageLink link = this.links
                .findByNodeIdAndKindNot(nodeId, LinkKind.MERGED)
                .orElseThrow(() -> new NotFoundException("drafts.link.notFound", nodeId));
        StaleEditException.check(linkVersion, link.getVersion());
        if (Objects.equals(link.getPredecessorId(), predecessorId)) {
            return;
        }
        RevisionNode predecessor = null;
        if (predecessorId != null) {
            predecessor = this.nodes
                    .findById(predecessorId)
                    .orElseThrow(() -> new RuleException("predecessorId", "drafts.link.notPrevious", predecessorId));
            Revision previousRevision = predecessor.getRevision();
            if (!previousRevision.getDocumentId().equals(revision.getDocumentId())
                    || previousRevision.getSequence() != revision.getSequence() - 1) {
                throw new RuleException("predecessorId", "drafts.link.notPrevious", predecessorId);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(this.clock);
        Long oldPredecessorId = link.getPredecessorId();
        List<LineageLink> revisionLinks = this.links.findByRevisionId(revision.getId());

        if (predecessor != null) {
            // Whoever continued the new predecessor so far starts a lineage of its own.
            for (LineageLink other : revisionLinks) {
                if (other != link
                        && predecessorId.equals(other.getPredecessorId())
                        && other.getNodeId() != null
                        && other.getKind().continuesLineage()) {
                    RevisionNode displaced = node(other.getNodeId());
                    other.correct(null, LinkKind.INSERTED, username, now);
                    moveLineage(
                            revision,
                            displaced,
                            this.lineageIds
                                    .allocate(revision.getDocumentId(), 1)
                                    .get(0));
                } else if (other.getNodeId() == null && predecessorId.equals(other.getPredecessorId())) {
                    this.links.delete(other);
                }
            }
        }
        LinkKind kind =
                (predecessor != null) ? LinkKind.between(predecessor.getText(), node.getText()) : LinkKind.INSERTED;
        link.correct(predecessorId, kind, username, now);
        Long lineage = (predecessor != null)
                ? predecessor.getLineageId()
                : this.lineageIds.allocate(revision.getDocumentId(), 1).get(0);
        moveLineage(revision, node, lineage);

        if (oldPredecessorId != null) {
            boolean stillContinued = revisionLinks.stream()
                    .anyMatch((other) -> other != link
                            && oldPredecessorId.equals(other.getPredecessorId())
                            && other.getNodeId() != null
                            && other.getKind() != LinkKind.INSERTED);
            if (!stillContinued) {
                this.links.save(new LineageLink(revision.getId(), null, oldPredecessorId, LinkKind.DELETED));
            }
        }
        revision.contentChanged();
        this.revisions.contentChangedFrom(revision.getDocumentId(), revision.getSequence() + 1);
        changed(revision, RevisionChanged.Kind.LINEAGE_CORRECTED);
    }

    private void moveLineage(Revision revision, RevisionNode node, Long lineage) {
        Long old = node.getLineageId();
        node.joinLineage(lineage);
        this.nodes.moveLineageAfter(revision.getDocumentId(), revision.getSequence(), old, lineage);
    }

    private RevisionNode node(Long nodeId) {
        return this.nodes.findById(nodeId).orElseThrow(() -> new NotFoundException("drafts.node.notFound", nodeId));
    }
}
