package org.plenary.drafts.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.plenary.drafts.NodeKind;
import org.plenary.drafts.StructureNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Headings written in plain text, as pasted from an e-mail or a PDF, are recognised as headings. */
class PlainTextHeadingsTests {

    @Test
    void numbered_divisions_are_sections() {
        List<StructureNode> nodes = StructureParser.parse("""
				Section A

				1. We reaffirm the Charter.

				Section B: Commitments
				2. We commit.

				Part II – Implementation

				Chapter 3
				""");
        assertThat(nodes)
                .extracting(StructureNode::kind)
                .containsExactly(
                        NodeKind.SECTION,
                        NodeKind.PARAGRAPH,
                        NodeKind.SECTION,
                        NodeKind.PARAGRAPH,
                        NodeKind.SECTION,
                        NodeKind.SECTION);
    }

    @Test
    void an_objective_heading_in_plain_text_is_an_objective_even_inside_a_block() {
        List<StructureNode> nodes = StructureParser.parse("""
				Objective 13: Use immigration detention only as a measure of last resort and work towards alternatives
				23. We commit to ensure that any detention is based on law.
				(a) Use existing mechanisms.
				""");
        assertThat(nodes)
                .extracting(StructureNode::kind)
                .containsExactly(NodeKind.OBJECTIVE, NodeKind.PARAGRAPH, NodeKind.ITEM);
        assertThat(nodes.get(0).label()).isEqualTo("13");
    }

    @Test
    void a_sentence_that_starts_with_section_stays_text() {
        assertThat(StructureParser.parse("Section 4 of the declaration applies to all migrants and their families.")
                        .get(0)
                        .kind())
                .isEqualTo(NodeKind.TEXT);
    }
}
