package org.plenary.drafts.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import org.plenary.drafts.NodeKind;
import org.plenary.drafts.StructureNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A .docx revision keeps what Word shows: the automatic list numbering ("1.", "(a)" from numbering.xml, counted as
 * Word counts, letters restarting under each paragraph), the text of tables, and the Title and Heading styles as
 * headings; the structure parser then finds paragraphs, items and sections in it.
 */
class WordImportTests {

    @Test
    void automatic_numbering_is_written_out_and_parsed() throws IOException {
        String text = RevisionText.read("rev.docx", document((doc, list) -> {
            numbered(doc, list, 0, "We commit to ensure that detention is a last resort.");
            numbered(doc, list, 1, "Use existing mechanisms.");
            numbered(doc, list, 1, "Consolidate a repository.");
            numbered(doc, list, 0, "To realize this commitment, we will draw from the following actions:");
            numbered(doc, list, 1, "Promote alternatives.");
        }));
        assertThat(text)
                .contains("1. We commit to ensure")
                .contains("(a) Use existing mechanisms.")
                .contains("(b) Consolidate a repository.")
                .contains("2. To realize this commitment")
                .contains("(a) Promote alternatives.");
        List<StructureNode> nodes = StructureParser.parse(text);
        assertThat(nodes)
                .extracting(StructureNode::kind)
                .containsExactly(NodeKind.PARAGRAPH, NodeKind.ITEM, NodeKind.ITEM, NodeKind.PARAGRAPH, NodeKind.ITEM);
        assertThat(nodes).extracting(StructureNode::label).containsExactly("1", "(a)", "(b)", "2", "(a)");
    }

    @Test
    void the_title_style_is_a_heading_and_table_text_is_kept() throws IOException {
        String text = RevisionText.read("rev.docx", document((doc, list) -> {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            title.createRun().setText("Global compact for migration");
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Objective 13: Use detention only as a last resort");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Objective");
            table.getRow(0).getCell(1).setText("Lead agency");
            table.getRow(1).getCell(0).setText("13");
            table.getRow(1).getCell(1).setText("OHCHR");
        }));
        assertThat(text).contains("Objective | Lead agency", "13 | OHCHR");
        List<StructureNode> nodes = StructureParser.parse(text);
        assertThat(nodes.get(0).kind()).isEqualTo(NodeKind.SECTION);
        assertThat(nodes.get(0).text()).isEqualTo("Global compact for migration");
        assertThat(nodes.get(1).kind()).isEqualTo(NodeKind.OBJECTIVE);
        assertThat(nodes.get(1).label()).isEqualTo("13");
    }

    @Test
    void word_number_formats() {
        assertThat(WordText.number(1, "lowerLetter")).isEqualTo("a");
        assertThat(WordText.number(27, "lowerLetter")).isEqualTo("aa");
        assertThat(WordText.number(4, "lowerRoman")).isEqualTo("iv");
        assertThat(WordText.number(12, "upperRoman")).isEqualTo("XII");
        assertThat(WordText.number(3, "upperLetter")).isEqualTo("C");
        assertThat(WordText.number(23, "decimal")).isEqualTo("23");
    }

    interface Content {
        void write(XWPFDocument document, BigInteger list);
    }

    /** A document with one two-level list: "%1." in decimal, then "(%2)" in lower-case letters. */
    private static byte[] document(Content content) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "(%2)");
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            BigInteger list = numbering.addNum(abstractId);
            content.write(document, list);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void numbered(XWPFDocument document, BigInteger list, int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }
}
