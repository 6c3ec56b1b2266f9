package org.plenary.drafts.web;

import java.util.ArrayList;
import java.util.List;

import org.plenary.drafts.StructureNode;
import org.plenary.drafts.StructureTree;
import org.plenary.drafts.importing.StructureParser;

/**
 * Applies an analyst's corrections to a previewed structure: merges a node into the one before, splits a node
 * before a line (the new node's kind is recognised from its first line), keeps changed kinds; then recomputes the
 * depths for display.
 */
final class StructureCorrections {

    private StructureCorrections() {}

    static List<ImportForm.NodeForm> apply(List<ImportForm.NodeForm> nodes) {
        List<ImportForm.NodeForm> result = new ArrayList<>();
        for (ImportForm.NodeForm node : nodes) {
            if (node.getText() == null || node.getText().isBlank() || node.getKind() == null) {
                continue;
            }
            if (node.isMerge() && !result.isEmpty()) {
                ImportForm.NodeForm previous = result.get(result.size() - 1);
                previous.setText(
                        previous.getText().strip() + "\n" + node.getText().strip());
                continue;
            }
            List<String> lines = node.getText().strip().lines().toList();
            Integer at = node.getSplitAt();
            if (at != null && at >= 2 && at <= lines.size()) {
                result.add(new ImportForm.NodeForm(node.getKind(), String.join("\n", lines.subList(0, at - 1))));
                String rest = String.join("\n", lines.subList(at - 1, lines.size()));
                result.add(new ImportForm.NodeForm(
                        StructureParser.parse(rest).get(0).kind(), rest));
            } else {
                result.add(
                        new ImportForm.NodeForm(node.getKind(), node.getText().strip()));
            }
        }
        withDepths(result);
        return result;
    }

    static List<ImportForm.NodeForm> of(List<StructureNode> structure) {
        List<ImportForm.NodeForm> nodes = new ArrayList<>();
        structure.forEach((node) -> nodes.add(new ImportForm.NodeForm(node.kind(), node.text())));
        withDepths(nodes);
        return nodes;
    }

    static List<StructureNode> structure(List<ImportForm.NodeForm> nodes) {
        return nodes.stream()
                .map((node) -> StructureParser.node(node.getKind(), node.getText()))
                .toList();
    }

    private static void withDepths(List<ImportForm.NodeForm> nodes) {
        int[] depths = StructureTree.depths(
                nodes.stream().map(ImportForm.NodeForm::getKind).toList());
        for (int i = 0; i < nodes.size(); i++) {
            nodes.get(i).depth(depths[i]);
        }
    }
}
