package org.plenary.drafts.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.diff.ChangeStatus;
import org.plenary.diff.Comparison;
import org.plenary.diff.ParagraphChange;
import org.plenary.diff.ParagraphDiff;
import org.plenary.diff.TextOp;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.StructureTree;
import org.plenary.process.ProcessRef;

/**
 * Compares any two revisions of a process's document, aligned by lineage (a paragraph and its successors share a
 * lineage id), with word-level operations inside each pair. Reads three statements (process, revisions, nodes of
 * both revisions) whatever the size; the computed rows are cached by revision ids and content versions, so a
 * revision that changes (text or lineage) is compared afresh.
 */
@Service
@Transactional(readOnly = true)
public class RevisionComparisons {

    private static final int CACHE_SIZE = 64;

    private final DraftReading reading;

    /** Keyed by content versions, so every node computes the same entry and a changed revision misses it. */
    private final Cache<CacheKey, Computed> cache =
            Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    RevisionComparisons(DraftReading reading) {
        this.reading = reading;
    }

    /**
     * Compares two revisions named by id or label.
     * @throws NotFoundException if the process or a revision does not exist
     */
    public RevisionComparison compare(String processSlug, String fromRef, String toRef) {
        return compare(processSlug, fromRef, toRef, Readership.SIGNED_IN);
    }

    /**
     * Compares two revisions named by id or label, if the reader may see both.
     * @throws NotFoundException if the process or a revision does not exist
     * @throws org.springframework.security.access.AccessDeniedException if one is a draft and the reader anonymous
     */
    public RevisionComparison compare(String processSlug, String fromRef, String toRef, Readership readership) {
        ProcessRef process = this.reading.process(processSlug);
        List<RevisionRow> all = this.reading.series(process);
        RevisionRow from = readership.check(DraftReading.find(all, fromRef));
        RevisionRow to = readership.check(DraftReading.find(all, toRef));
        List<RevisionRow> series = readership.visible(all);
        CacheKey key = new CacheKey(from.id(), from.contentVersion(), to.id(), to.contentVersion());
        Computed computed = this.cache.get(key, (k) -> compute(from, to));
        return new RevisionComparison(
                process,
                series,
                from,
                to,
                computed.paragraphs(),
                computed.parts(),
                computed.changes(),
                computed.comparison(),
                computed.fromNodes(),
                computed.toNodes());
    }

    /**
     * Compares a real revision with a virtual one that no table holds, such as a revision with one actor's proposals
     * applied (the amendments module's "ideal text"): the same rows, parts and word-level operations as between two
     * real revisions, aligned by lineage, not cached. The virtual paragraphs that continue a real paragraph carry its
     * lineage id; new ones carry none ({@code null}) and count as inserted.
     * @param process the process
     * @param revisions the series the reader may see, for the page's choices
     * @param real the real revision (the older side), whose nodes are {@code realNodes}
     * @param realNodes its nodes in document order, as {@link DraftReading#nodes} reads them
     * @param virtual what to call the virtual revision (the newer side)
     * @param virtualNodes its paragraphs in document order, positions 0, 1, ... and parents among them
     * @return the comparison
     */
    public static RevisionComparison compareWithVirtual(
            ProcessRef process,
            List<RevisionRow> revisions,
            RevisionRow real,
            List<NodeRow> realNodes,
            RevisionRow virtual,
            List<NodeRow> virtualNodes) {
        Computed computed = compute(List.copyOf(realNodes), List.copyOf(virtualNodes));
        return new RevisionComparison(
                process,
                revisions,
                real,
                virtual,
                computed.paragraphs(),
                computed.parts(),
                computed.changes(),
                computed.comparison(),
                computed.fromNodes(),
                computed.toNodes());
    }

    private Computed compute(RevisionRow from, RevisionRow to) {
        List<NodeRow> all = this.reading.nodes(List.of(from.id(), to.id()));
        List<NodeRow> older = all.stream()
                .filter((node) -> node.revisionId().equals(from.id()))
                .toList();
        List<NodeRow> newer =
                all.stream().filter((node) -> node.revisionId().equals(to.id())).toList();
        return compute(older, newer);
    }

    private static Computed compute(List<NodeRow> older, List<NodeRow> newer) {
        Map<Long, Integer> olderByLineage = new HashMap<>();
        for (int i = 0; i < older.size(); i++) {
            if (older.get(i).lineageId() != null) {
                olderByLineage.putIfAbsent(older.get(i).lineageId(), i);
            }
        }
        int[] fromOfTo = new int[newer.size()];
        boolean[] taken = new boolean[older.size()];
        for (int j = 0; j < newer.size(); j++) {
            Integer i = (newer.get(j).lineageId() != null)
                    ? olderByLineage.get(newer.get(j).lineageId())
                    : null;
            fromOfTo[j] = (i != null && !taken[i]) ? i : -1;
            if (i != null) {
                taken[i] = true;
            }
        }
        Comparison comparison = ParagraphDiff.compareAligned(
                older.stream().map(NodeRow::text).toList(),
                newer.stream().map(NodeRow::text).toList(),
                fromOfTo);

        String[] olderParts = StructureTree.parts(older);
        String[] newerParts = StructureTree.parts(newer);
        List<ComparedParagraph> rows = new ArrayList<>();
        Map<String, int[]> tallies = new LinkedHashMap<>();
        Map<String, String> partAnchors = new HashMap<>();
        int changes = 0;
        for (ParagraphChange change : comparison.changes()) {
            NodeRow before = (change.from() != null) ? older.get(change.from()) : null;
            NodeRow after = (change.to() != null) ? newer.get(change.to()) : null;
            String part = (after != null) ? newerParts[change.to()] : olderParts[change.from()];
            String status = (change.status() == ChangeStatus.CHANGED && change.renumberedOnly())
                    ? "renumbered"
                    : change.status().apiName();
            boolean isChange = !status.equals("equal") && !status.equals("renumbered");
            int number = isChange ? ++changes : 0;
            String note = null;
            if (change.splitFrom() != null) {
                note = older.get(change.splitFrom()).shortName();
            } else if (change.mergedInto() != null) {
                note = newer.get(change.mergedInto()).shortName();
            }
            ComparedParagraph row = new ComparedParagraph(status, before, after, change.ops(), number, part, note);
            rows.add(row);
            partAnchors.putIfAbsent(part, row.anchor());
            int[] tally = tallies.computeIfAbsent(part, (title) -> new int[6]);
            switch (status) {
                case "changed" -> tally[0]++;
                case "inserted" -> tally[1]++;
                case "deleted" -> tally[2]++;
                case "moved" -> tally[3]++;
                default -> {}
            }
            for (TextOp op : change.ops()) {
                if (op.op() == TextOp.Kind.INSERT) {
                    tally[4] += op.wordCount();
                } else if (op.op() == TextOp.Kind.DELETE) {
                    tally[5] += op.wordCount();
                }
            }
        }
        List<PartSummary> parts = new ArrayList<>();
        tallies.forEach((title, t) ->
                parts.add(new PartSummary(title, partAnchors.get(title), t[0], t[1], t[2], t[3], t[4], t[5])));
        return new Computed(List.copyOf(rows), List.copyOf(parts), changes, comparison, older, newer);
    }

    private record CacheKey(Long fromId, long fromVersion, Long toId, long toVersion) {}

    private record Computed(
            List<ComparedParagraph> paragraphs,
            List<PartSummary> parts,
            int changes,
            Comparison comparison,
            List<NodeRow> fromNodes,
            List<NodeRow> toNodes) {}
}
