package org.plenary.drafts.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.plenary.drafts.NodeKind;
import org.plenary.drafts.StructureNode;
import org.plenary.drafts.StructureTree;

import static org.assertj.core.api.Assertions.assertThat;

class StructureParserTests {

    @Test
    void recognises_sections_objectives_numbered_paragraphs_and_lettered_items() {
        List<StructureNode> nodes = StructureParser.parse("""
				Preamble

				1. We reaffirm the Charter.

				Objectives for safe, orderly and regular migration

				Objective 13: Use immigration detention only as a measure of last resort

				23. We commit to ensure that any detention is lawful.

				24. To realize this commitment, we will draw from the following actions:
				(a) Use existing mechanisms.
				(b) Consolidate a repository
				that continues on a second line.

				Implementation

				Follow-up and review
				""");
        assertThat(nodes)
                .extracting(StructureNode::kind)
                .containsExactly(
                        NodeKind.SECTION,
                        NodeKind.PARAGRAPH,
                        NodeKind.SECTION,
                        NodeKind.OBJECTIVE,
                        NodeKind.PARAGRAPH,
                        NodeKind.PARAGRAPH,
                        NodeKind.ITEM,
                        NodeKind.ITEM,
                        NodeKind.SECTION,
                        NodeKind.SECTION);
        assertThat(nodes)
                .extracting(StructureNode::label)
                .containsExactly(null, "1", null, "13", "23", "24", "(a)", "(b)", null, null);
        assertThat(nodes.get(7).text()).isEqualTo("(b) Consolidate a repository\nthat continues on a second line.");
        int[] parents = StructureTree.parentPositions(
                nodes.stream().map(StructureNode::kind).toList());
        assertThat(parents).containsExactly(-1, 0, -1, 2, 3, 3, 5, 5, -1, -1);
    }

    @Test
    void reads_markdown_headings_as_sections_and_objectives_without_their_marks() {
        List<StructureNode> nodes = StructureParser.parse("""
				# Vision and guiding principles

				## Objective 2: Minimize adverse drivers

				6. We commit.
				""");
        assertThat(nodes)
                .extracting(StructureNode::kind)
                .containsExactly(NodeKind.SECTION, NodeKind.OBJECTIVE, NodeKind.PARAGRAPH);
        assertThat(nodes.get(0).text()).isEqualTo("Vision and guiding principles");
        assertThat(nodes.get(1).text()).isEqualTo("Objective 2: Minimize adverse drivers");
    }

    @Test
    void a_line_after_a_heading_starts_a_text_node() {
        List<StructureNode> nodes = StructureParser.parse("Preamble\nWe, the Heads of State, meeting in New York.");
        assertThat(nodes).extracting(StructureNode::kind).containsExactly(NodeKind.SECTION, NodeKind.TEXT);
    }

    @Test
    void refuses_wrong_types_empty_files_and_broken_docx_with_a_message_key() {
        assertThat(refusal("draft.pdf", "%PDF".getBytes())).isEqualTo("drafts.import.file.type");
        assertThat(refusal("draft.txt", new byte[0])).isEqualTo("drafts.import.file.empty");
        assertThat(refusal("draft.txt", "  \n \n".getBytes())).isEqualTo("drafts.import.file.empty");
        assertThat(refusal("draft.docx", "not a zip".getBytes())).isEqualTo("drafts.import.file.docx");
        assertThat(refusal("draft.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
                .isEqualTo("drafts.import.file.encoding");
        assertThat(refusal("draft.md", new byte[(int) RevisionText.MAX_BYTES + 1]))
                .isEqualTo("drafts.import.file.tooLarge");
    }

    private static String refusal(String name, byte[] content) {
        try {
            RevisionText.read(name, content);
            return "accepted";
        } catch (UnreadableRevisionException ex) {
            return ex.messageKey();
        }
    }
}
