package org.plenary.drafts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.diff.Comparison;
import org.plenary.diff.ParagraphChange;
import org.plenary.diff.ParagraphDiff;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;

/**
 * Saves an imported revision as the newest of its process's document, in one transaction: the structure tree, a
 * lineage for every node (continued from its predecessor, or new) and the links to the previous revision, computed
 * by {@link ParagraphDiff} on the two revisions' paragraphs. Either all of it is saved or nothing.
 */
@Service
public class RevisionImport {

    private final ProcessCatalog processes;

    private final DraftDocuments documents;

    private final Revisions revisions;

    private final RevisionNodes nodes;

    private final LineageLinks links;

    private final LineageIds lineageIds;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    RevisionImport(
            ProcessCatalog processes,
            DraftDocuments documents,
            Revisions revisions,
            RevisionNodes nodes,
            LineageLinks links,
            LineageIds lineageIds,
            Clock clock,
            ApplicationEventPublisher events) {
        this.processes = processes;
        this.documents = documents;
        this.revisions = revisions;
        this.nodes = nodes;
        this.links = links;
        this.lineageIds = lineageIds;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Saves a revision.
     * @param processSlug the process
     * @param details label, date, status, source file
     * @param structure the nodes in document order
     * @param username who imports it
     * @return the new revision
     * @throws RuleException if the label is taken, the date is before the latest revision's, or the structure
     * is empty
     */
    @Transactional
    public RevisionRow save(
            String processSlug, RevisionDetails details, List<StructureNode> structure, String username) {
        ProcessRef process = this.processes
                .find(processSlug)
                .orElseThrow(() -> new NotFoundException("process.notFound", processSlug));
        if (structure.isEmpty()) {
            throw new RuleException(null, "drafts.import.empty");
        }
        DraftDocument document = this.documents
                .findByProcessId(process.id())
                .orElseGet(() -> this.documents.save(new DraftDocument(process.id(), process.name())));
        String label = details.label().strip();
        if (this.revisions.existsByDocumentIdAndLabelIgnoreCase(document.getId(), label)) {
            throw new RuleException("label", "drafts.revision.labelTaken", label);
        }
        Revision previous = this.revisions
                .findTopByDocumentIdOrderBySequenceDesc(document.getId())
                .orElse(null);
        if (previous != null && details.issuedOn().isBefore(previous.getIssuedOn())) {
            throw new RuleException("issuedOn", "drafts.revision.beforeLatest", previous.getLabel());
        }

        List<NodeRow> previousNodes = (previous != null) ? this.nodes.findRows(List.of(previous.getId())) : List.of();
        List<String> texts = structure.stream().map(StructureNode::text).toList();
        Comparison comparison =
                ParagraphDiff.compare(previousNodes.stream().map(NodeRow::text).toList(), texts);

        // A node continues its predecessor's lineage, or starts a new one.
        Long[] lineageOf = new Long[structure.size()];
        for (ParagraphChange change : comparison.changes()) {
            if (change.to() != null
                    && change.from() != null
                    && LinkKind.of(change).continuesLineage()) {
                lineageOf[change.to()] = previousNodes.get(change.from()).lineageId();
            }
        }
        int fresh = 0;
        for (Long lineage : lineageOf) {
            fresh += (lineage == null) ? 1 : 0;
        }
        List<Long> newIds = new ArrayList<>(this.lineageIds.allocate(document.getId(), fresh));
        newIds.sort(null);
        List<Long> lineages = new ArrayList<>(structure.size());
        int next = 0;
        for (Long lineage : lineageOf) {
            lineages.add((lineage != null) ? lineage : newIds.get(next++));
        }

        int sequence = (previous != null) ? previous.getSequence() + 1 : 1;
        RevisionStatus status = (details.status() != null) ? details.status() : RevisionStatus.DRAFT;
        Revision revision = new Revision(
                document.getId(),
                sequence,
                label,
                details.issuedOn(),
                status,
                details.sourceFile(),
                OffsetDateTime.now(this.clock),
                username);
        revision.addStructure(structure, lineages);
        revision = this.revisions.save(revision);

        if (previous != null) {
            List<RevisionNode> saved = revision.getNodes();
            List<LineageLink> newLinks = new ArrayList<>();
            for (ParagraphChange change : comparison.changes()) {
                LinkKind kind = LinkKind.of(change);
                Long predecessor = (change.from() != null)
                        ? previousNodes.get(change.from()).id()
                        : null;
                Long node = (change.to() != null) ? saved.get(change.to()).getId() : null;
                if (kind == LinkKind.SPLIT) {
                    predecessor = previousNodes.get(change.splitFrom()).id();
                } else if (kind == LinkKind.MERGED) {
                    node = saved.get(change.mergedInto()).getId();
                }
                newLinks.add(new LineageLink(revision.getId(), node, predecessor, kind));
            }
            this.links.saveAll(newLinks);
        }
        this.events.publishEvent(
                new RevisionChanged(revision.getId(), revision.getDocumentId(), RevisionChanged.Kind.IMPORTED));
        return new RevisionRow(
                revision.getId(),
                revision.getSequence(),
                revision.getLabel(),
                revision.getIssuedOn(),
                revision.getStatus(),
                revision.getSourceFile(),
                revision.getContentVersion(),
                revision.getVersion());
    }
}
