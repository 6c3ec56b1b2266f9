package org.plenary.drafts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.diff.ChangeStatus;
import org.plenary.diff.ParagraphChange;
import org.plenary.diff.ParagraphDiff;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * The drafts pages' reads: the list of revisions, a revision with its table of contents, one paragraph's history
 * through all revisions, and the occurrences of a phrase. Each is a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class DraftReading {

    private final ProcessCatalog processes;

    private final Revisions revisions;

    private final RevisionNodes nodes;

    private final LineageLinks links;

    DraftReading(ProcessCatalog processes, Revisions revisions, RevisionNodes nodes, LineageLinks links) {
        this.processes = processes;
        this.revisions = revisions;
        this.nodes = nodes;
        this.links = links;
    }

    public DraftViews.Links links(String processSlug, String revisionRef) {
        ProcessRef process = process(processSlug);
        List<RevisionRow> series = this.revisions.findRows(process.id());
        RevisionRow revision = RevisionRefs.find(series, revisionRef);
        int at = series.indexOf(revision);
        RevisionRow previous = (at > 0) ? series.get(at - 1) : null;
        List<NodeRow> all = this.nodes.findRows(
                (previous != null) ? List.of(revision.id(), previous.id()) : List.of(revision.id()));
        Map<Long, NodeRow> byId = new HashMap<>();
        all.forEach((node) -> byId.put(node.id(), node));
        List<NodeRow> own = all.stream()
                .filter((node) -> node.revisionId().equals(revision.id()))
                .toList();
        List<NodeRow> before = all.stream()
                .filter((node) -> !node.revisionId().equals(revision.id()))
                .toList();
        Map<Long, LinkRow> linkOf = new HashMap<>();
        List<NodeRow> deleted = new ArrayList<>();
        List<LinkRow> merges = new ArrayList<>();
        for (LinkRow link : this.links.findRows(revision.id())) {
            if (link.nodeId() == null) {
                deleted.add(byId.get(link.predecessorId()));
            } else if (link.kind() == LinkKind.MERGED) {
                merges.add(link);
            } else {
                linkOf.put(link.nodeId(), link);
            }
        }
        List<DraftViews.LinkedNode> linked = new ArrayList<>();
        for (NodeRow node : own) {
            LinkRow link = linkOf.get(node.id());
            NodeRow predecessor =
                    (link != null && link.predecessorId() != null) ? byId.get(link.predecessorId()) : null;
            linked.add(new DraftViews.LinkedNode(node, link, predecessor));
        }
        return new DraftViews.Links(process, revision, previous, linked, deleted, before, merges);
    }

    public DraftViews.Overview overview(String processSlug) {
        return overview(processSlug, Readership.SIGNED_IN);
    }

    /** The revisions the reader may open: all of them, or for an anonymous reader the published ones. */
    public DraftViews.Overview overview(String processSlug, Readership readership) {
        ProcessRef process = process(processSlug);
        return new DraftViews.Overview(process, readership.visible(this.revisions.findRows(process.id())));
    }

    public DraftViews.RevisionReading revision(String processSlug, String revisionRef) {
        return revision(processSlug, revisionRef, Readership.SIGNED_IN);
    }

    /**
     * A revision with its table of contents.
     * @throws org.springframework.security.access.AccessDeniedException if the reader may not see it (a draft
     *     revision for an anonymous reader, who is then asked to log in)
     */
    public DraftViews.RevisionReading revision(String processSlug, String revisionRef, Readership readership) {
        ProcessRef process = process(processSlug);
        List<RevisionRow> all = this.revisions.findRows(process.id());
        RevisionRow revision = readership.check(RevisionRefs.find(all, revisionRef));
        List<RevisionRow> series = readership.visible(all);
        int at = series.indexOf(revision);
        List<NodeRow> rows = this.nodes.findRows(List.of(revision.id()));
        int[] depths = StructureTree.depths(rows.stream().map(NodeRow::kind).toList());
        List<DraftViews.ReadNode> read = new ArrayList<>();
        List<DraftViews.ReadNode> contents = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DraftViews.ReadNode node = new DraftViews.ReadNode(rows.get(i), depths[i]);
            read.add(node);
            if (node.node().kind().heading()) {
                contents.add(node);
            }
        }
        return new DraftViews.RevisionReading(
                process, series, revision, (at > 0) ? series.get(at - 1) : null, read, contents);
    }

    public DraftViews.NodeEdit node(String processSlug, Long nodeId) {
        ProcessRef process = process(processSlug);
        NodeRow node =
                this.nodes.findRow(nodeId).orElseThrow(() -> new NotFoundException("drafts.node.notFound", nodeId));
        RevisionRow revision = this.revisions.findRows(process.id()).stream()
                .filter((row) -> row.id().equals(node.revisionId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("drafts.node.notFound", nodeId));
        return new DraftViews.NodeEdit(process, revision, node);
    }

    public DraftViews.History history(String processSlug, Long lineageId) {
        return history(processSlug, lineageId, Readership.SIGNED_IN);
    }

    /** One paragraph through the revisions the reader may see. */
    public DraftViews.History history(String processSlug, Long lineageId, Readership readership) {
        ProcessRef process = process(processSlug);
        List<RevisionRow> series = readership.visible(this.revisions.findRows(process.id()));
        if (series.isEmpty()) {
            throw new NotFoundException("drafts.paragraph.notFound", lineageId);
        }
        List<NodeRow> rows = this.nodes.findRowsOfLineages(process.id(), List.of(lineageId));
        if (rows.isEmpty()) {
            throw new NotFoundException("drafts.paragraph.notFound", lineageId);
        }
        if (series.stream()
                .noneMatch((revision) ->
                        rows.stream().anyMatch((row) -> row.revisionId().equals(revision.id())))) {
            // A paragraph of draft revisions only: they exist, but only for signed-in readers.
            readership.check(null);
        }
        Map<Long, NodeRow> byRevision = new HashMap<>();
        rows.forEach((row) -> byRevision.putIfAbsent(row.revisionId(), row));
        List<DraftViews.HistoryStep> steps = new ArrayList<>();
        NodeRow before = null;
        boolean seen = false;
        for (RevisionRow revision : series) {
            NodeRow node = byRevision.get(revision.id());
            String status;
            List<org.plenary.diff.TextOp> ops = List.of();
            if (node == null) {
                status = seen ? ((before != null) ? "deleted" : "absent") : "absent";
            } else if (!seen) {
                status = "first";
            } else if (before == null) {
                status = "inserted";
            } else {
                ParagraphChange change = ParagraphDiff.compareAligned(
                                List.of(before.text()), List.of(node.text()), new int[] {0})
                        .changes()
                        .get(0);
                ops = change.ops();
                status = (change.status() == ChangeStatus.EQUAL)
                        ? "same"
                        : change.renumberedOnly() ? "renumbered" : "changed";
            }
            steps.add(new DraftViews.HistoryStep(revision, node, status, ops));
            seen |= node != null;
            before = node;
        }
        NodeRow latest = null;
        for (DraftViews.HistoryStep step : steps) {
            latest = (step.node() != null) ? step.node() : latest;
        }
        List<NodeRow> around = (latest != null) ? this.nodes.findRows(List.of(latest.revisionId())) : List.of();
        return new DraftViews.History(process, lineageId, steps, DraftViews.Place.of(latest, around));
    }

    public DraftViews.TermTrack terms(String processSlug, String phrase) {
        return terms(processSlug, phrase, Readership.SIGNED_IN);
    }

    /** The occurrences of a phrase in the revisions the reader may see. */
    public DraftViews.TermTrack terms(String processSlug, String phrase, Readership readership) {
        ProcessRef process = process(processSlug);
        List<RevisionRow> series = readership.visible(this.revisions.findRows(process.id()));
        String wanted = (phrase != null) ? phrase.strip().toLowerCase(Locale.ROOT) : "";
        if (wanted.isEmpty() || series.isEmpty()) {
            return new DraftViews.TermTrack(process, (phrase != null) ? phrase.strip() : "", List.of(), 0);
        }
        List<NodeRow> all =
                this.nodes.findRows(series.stream().map(RevisionRow::id).toList());
        Map<Long, List<NodeRow>> byRevision = new HashMap<>();
        all.forEach((row) -> byRevision
                .computeIfAbsent(row.revisionId(), (id) -> new ArrayList<>())
                .add(row));
        List<DraftViews.TermInRevision> result = new ArrayList<>();
        int most = 0;
        for (RevisionRow revision : series) {
            List<NodeRow> rows = byRevision.getOrDefault(revision.id(), List.of());
            String[] parts = StructureTree.parts(rows);
            Map<String, Integer> perPart = new LinkedHashMap<>();
            List<NodeRow> paragraphs = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < rows.size(); i++) {
                int here = occurrences(rows.get(i).text().toLowerCase(Locale.ROOT), wanted);
                if (here > 0) {
                    count += here;
                    perPart.merge(parts[i], here, Integer::sum);
                    paragraphs.add(rows.get(i));
                }
            }
            most = Math.max(most, count);
            List<DraftViews.TermInPart> inParts = new ArrayList<>();
            perPart.forEach((part, n) -> inParts.add(new DraftViews.TermInPart(part, n)));
            result.add(new DraftViews.TermInRevision(revision, count, inParts, paragraphs));
        }
        return new DraftViews.TermTrack(process, phrase.strip(), result, most);
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            count++;
        }
        return count;
    }

    /**
     * A process by its slug.
     * @throws NotFoundException if there is none
     */
    public ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    /** The revisions of a process's document, in order (one query). */
    public List<RevisionRow> series(ProcessRef process) {
        return this.revisions.findRows(process.id());
    }

    /** The nodes of some revisions, by revision id and position (one query). */
    public List<NodeRow> nodes(java.util.Collection<Long> revisionIds) {
        return this.nodes.findRows(revisionIds);
    }

    /**
     * A revision of a series by what a URL names it: its id or its label (case ignored).
     * @throws NotFoundException if none matches
     */
    public static RevisionRow find(List<RevisionRow> series, String ref) {
        return RevisionRefs.find(series, ref);
    }
}
