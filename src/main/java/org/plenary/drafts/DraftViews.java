package org.plenary.drafts;

import java.util.List;

import org.plenary.diff.TextOp;
import org.plenary.process.ProcessRef;

/**
 * The read models of the drafts pages, each built from a fixed number of queries.
 */
public final class DraftViews {

    private DraftViews() {}

    /**
     * A process's revisions.
     * @param process the process
     * @param revisions its revisions in order
     */
    public record Overview(ProcessRef process, List<RevisionRow> revisions) {

        /** The revision before the given one, for a "compare with previous" link, or {@code null}. */
        public RevisionRow previous(RevisionRow revision) {
            int at = this.revisions.indexOf(revision);
            return (at > 0) ? this.revisions.get(at - 1) : null;
        }
    }

    /**
     * A revision for reading: its nodes with their depth, and its headings as table of contents.
     * @param process the process
     * @param revisions every revision, for switching
     * @param revision the revision read
     * @param previous the revision before it, or {@code null}
     * @param nodes the nodes in document order
     * @param contents the section and objective headings
     */
    public record RevisionReading(
            ProcessRef process,
            List<RevisionRow> revisions,
            RevisionRow revision,
            RevisionRow previous,
            List<ReadNode> nodes,
            List<ReadNode> contents) {}

    /**
     * A node as the reader shows it.
     * @param node the node
     * @param depth its depth in the tree (0 at the top)
     */
    public record ReadNode(NodeRow node, int depth) {}

    /**
     * One paragraph (one lineage) through all revisions.
     * @param process the process
     * @param lineageId the lineage
     * @param steps one step per revision, in order
     * @param place where the paragraph stands in its latest revision, for the title
     */
    public record History(ProcessRef process, Long lineageId, List<HistoryStep> steps, Place place) {

        /** The latest text of the paragraph, for the page title. */
        public NodeRow latest() {
            for (int i = this.steps.size() - 1; i >= 0; i--) {
                if (this.steps.get(i).node() != null) {
                    return this.steps.get(i).node();
                }
            }
            return null;
        }
    }

    /**
     * What a node is called and where it stands, so that a title says "paragraph 11 (a)" and "Objective 13: Use
     * immigration detention…" rather than "11".
     *
     * @param kind {@code paragraph} (numbered, or a lettered item under one: "11 (a)"), {@code heading} or {@code text}
     * @param name the number, the heading, or the start of the text
     * @param part the section or objective it stands in, or {@code null} for a heading or a node outside any
     */
    public record Place(String kind, String name, String part) {

        static Place of(NodeRow node, List<NodeRow> revision) {
            if (node == null) {
                return new Place("text", "", null);
            }
            String[] parts = StructureTree.parts(revision);
            int at = revision.indexOf(node);
            String part = (at >= 0 && !node.kind().heading() && !"—".equals(parts[at])) ? parts[at] : null;
            if (node.kind().heading()) {
                return new Place("heading", node.shortName(), null);
            }
            if (node.kind() == NodeKind.PARAGRAPH && node.label() != null) {
                return new Place("paragraph", node.label(), part);
            }
            if (node.kind() == NodeKind.ITEM && node.label() != null) {
                NodeRow parent = (node.parentPosition() != null && node.parentPosition() < revision.size())
                        ? revision.get(node.parentPosition())
                        : null;
                String name = (parent != null && parent.kind() == NodeKind.PARAGRAPH && parent.label() != null)
                        ? parent.label() + " " + node.label()
                        : node.label();
                return new Place("paragraph", name, part);
            }
            return new Place("text", node.shortName(), part);
        }
    }

    /**
     * The paragraph in one revision and what changed since the revision before.
     * @param revision the revision
     * @param node the paragraph in it, or {@code null} if it is absent
     * @param status first (first revision it is in), same, renumbered, changed, inserted, deleted or absent
     * @param ops the word-level operations from the previous revision's text, empty if there is none
     */
    public record HistoryStep(RevisionRow revision, NodeRow node, String status, List<TextOp> ops) {}

    /**
     * Occurrences of a phrase in every revision.
     * @param process the process
     * @param phrase the phrase looked for
     * @param revisions one entry per revision, in order
     * @param most the largest count of a revision (for scaling the chart)
     */
    public record TermTrack(ProcessRef process, String phrase, List<TermInRevision> revisions, int most) {

        /** The bar length of a count, in percent of the largest. */
        public int percent(int count) {
            return (this.most == 0) ? 0 : Math.max(count > 0 ? 2 : 0, Math.round(100f * count / this.most));
        }
    }

    /**
     * A phrase in one revision.
     * @param revision the revision
     * @param count occurrences in all
     * @param parts occurrences per section or objective, in document order, only those with some
     * @param paragraphs the paragraphs it occurs in
     */
    public record TermInRevision(RevisionRow revision, int count, List<TermInPart> parts, List<NodeRow> paragraphs) {}

    /**
     * A phrase in one section or objective of a revision.
     * @param part the heading
     * @param count occurrences
     */
    public record TermInPart(String part, int count) {}

    /**
     * The lineage links of a revision to the previous one.
     * @param process the process
     * @param revision the revision
     * @param previous the previous revision, or {@code null} for the first
     * @param nodes each node with its link
     * @param deleted the previous revision's paragraphs without successor
     * @param previousNodes the previous revision's nodes, the predecessors an analyst may choose
     * @param merges the links of the previous revision's paragraphs merged into a node of this one (node: the
     * paragraph it merged into; predecessor: the merged paragraph)
     */
    public record Links(
            ProcessRef process,
            RevisionRow revision,
            RevisionRow previous,
            List<LinkedNode> nodes,
            List<NodeRow> deleted,
            List<NodeRow> previousNodes,
            List<LinkRow> merges) {}

    /**
     * A node with its link to the previous revision.
     * @param node the node
     * @param link its link, or {@code null} in the first revision
     * @param predecessor the predecessor, or {@code null}
     */
    public record LinkedNode(NodeRow node, LinkRow link, NodeRow predecessor) {}

    /**
     * A node opened for editing.
     * @param process the process
     * @param revision its revision (whose version guards the edit)
     * @param node the node
     */
    public record NodeEdit(ProcessRef process, RevisionRow revision, NodeRow node) {}
}
