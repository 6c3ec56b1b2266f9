package org.plenary.drafts;

import java.util.List;

/**
 * Derives the tree from the kinds of nodes in document order: a section holds what follows it, an objective the
 * paragraphs and texts that follow it, a paragraph its lettered items.
 */
public final class StructureTree {

    private StructureTree() {}

    /**
     * The parent position of every node, or -1 for a top-level node.
     * @param kinds the kinds in document order
     * @return one parent position per node
     */
    public static int[] parentPositions(List<NodeKind> kinds) {
        int[] parents = new int[kinds.size()];
        int section = -1;
        int objective = -1;
        int paragraph = -1;
        for (int i = 0; i < kinds.size(); i++) {
            switch (kinds.get(i)) {
                case SECTION -> {
                    parents[i] = -1;
                    section = i;
                    objective = -1;
                    paragraph = -1;
                }
                case OBJECTIVE -> {
                    parents[i] = section;
                    objective = i;
                    paragraph = -1;
                }
                case PARAGRAPH, TEXT -> {
                    parents[i] = (objective >= 0) ? objective : section;
                    paragraph = (kinds.get(i) == NodeKind.PARAGRAPH) ? i : paragraph;
                }
                case ITEM -> parents[i] = (paragraph >= 0) ? paragraph : (objective >= 0) ? objective : section;
            }
        }
        return parents;
    }

    /**
     * The depth of every node (0 for top level), for indenting a preview.
     * @param kinds the kinds in document order
     * @return one depth per node
     */
    public static int[] depths(List<NodeKind> kinds) {
        int[] parents = parentPositions(kinds);
        int[] depths = new int[parents.length];
        for (int i = 0; i < parents.length; i++) {
            depths[i] = (parents[i] >= 0) ? depths[parents[i]] + 1 : 0;
        }
        return depths;
    }

    /**
     * The section or objective each node belongs to, by its heading's short name (a heading belongs to itself).
     * @param nodes a revision's nodes in document order (positions 0, 1, ...)
     * @return one part title per node
     */
    public static String[] parts(List<NodeRow> nodes) {
        String[] parts = new String[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            NodeRow node = nodes.get(i);
            if (node.kind().heading()) {
                parts[i] = node.shortName();
            } else {
                Integer parent = node.parentPosition();
                parts[i] = (parent != null) ? parts[parent] : "—";
            }
        }
        return parts;
    }
}
