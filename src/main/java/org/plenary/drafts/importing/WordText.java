package org.plenary.drafts.importing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The text of a Word document as the structure parser reads it, one paragraph per block: Word's automatic list
 * numbering written out as the reader sees it ("(a)", "1." from numbering.xml), a table row as its cells' text
 * ("cell | cell"), and the Title and Heading styles as headings. Negotiated drafts use all three: a numbered list for
 * the paragraphs, another for the lettered actions, tables for annexes.
 */
final class WordText {

    private final XWPFDocument document;

    /** Per list (num id), the current counter of each level. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private WordText(XWPFDocument document) {
        this.document = document;
    }

    static String of(XWPFDocument document) {
        return new WordText(document).text();
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : this.document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                append(text, paragraph(paragraph));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String cellText = cell.getText().strip().replaceAll("\\s*\\n\\s*", " ");
                        if (!cellText.isEmpty()) {
                            cells.add(cellText);
                        }
                    }
                    append(text, String.join(" | ", cells));
                }
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String block) {
        if (block != null && !block.isBlank()) {
            text.append(block.strip()).append("\n\n");
        }
    }

    private String paragraph(XWPFParagraph paragraph) {
        String line = paragraph.getText();
        if (line == null || line.isBlank()) {
            return null;
        }
        line = line.strip();
        if (heading(paragraph)) {
            return "# " + line;
        }
        String label = label(paragraph);
        return (label != null && !label.isBlank()) ? label + " " + line : line;
    }

    /** The Title style and the Heading styles (by id or by name, as Word and other editors write them). */
    private boolean heading(XWPFParagraph paragraph) {
        String style = paragraph.getStyle();
        if (style == null) {
            return false;
        }
        String name = style;
        if (this.document.getStyles() != null) {
            XWPFStyle found = this.document.getStyles().getStyle(style);
            if (found != null && found.getName() != null) {
                name = found.getName();
            }
        }
        String plain = name.toLowerCase(Locale.ROOT).replace(" ", "");
        String id = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return plain.equals("title")
                || plain.matches("heading[1-9]")
                || id.equals("title")
                || id.matches("heading[1-9]");
    }

    /** The number Word shows before a paragraph of an automatic list, counted as Word counts it. */
    private String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        XWPFNumbering numbering = this.document.getNumbering();
        if (numId == null || numbering == null) {
            return null;
        }
        int level = (paragraph.getNumIlvl() != null) ? paragraph.getNumIlvl().intValue() : 0;
        if (level < 0 || level > 8) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
            int at = (lvl.getIlvl() != null) ? lvl.getIlvl().intValue() : 0;
            if (at >= 0 && at < 9) {
                levels[at] = lvl;
            }
        }
        int[] starts = new int[9];
        for (int i = 0; i < 9; i++) {
            starts[i] = (levels[i] != null && levels[i].getStart() != null)
                    ? levels[i].getStart().getVal().intValue()
                    : 1;
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            int at = override.getIlvl().intValue();
            if (at >= 0 && at < 9 && override.getStartOverride() != null) {
                starts[at] = override.getStartOverride().getVal().intValue();
            }
        }
        int[] counter = this.counters.computeIfAbsent(numId, (id) -> new int[9]);
        counter[level] = (counter[level] == 0) ? starts[level] : counter[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            counter[deeper] = 0;
        }
        CTLvl lvl = levels[level];
        if (lvl == null
                || lvl.getLvlText() == null
                || format(lvl).equals("bullet")
                || format(lvl).equals("none")) {
            return null;
        }
        String text = lvl.getLvlText().getVal();
        for (int i = 0; i <= level; i++) {
            int value = (counter[i] == 0) ? starts[i] : counter[i];
            text = text.replace("%" + (i + 1), number(value, (levels[i] != null) ? format(levels[i]) : "decimal"));
        }
        return text.strip();
    }

    private static String format(CTLvl lvl) {
        return (lvl.getNumFmt() != null && lvl.getNumFmt().getVal() != null)
                ? lvl.getNumFmt().getVal().toString()
                : "decimal";
    }

    /** A counter in one of Word's number formats. */
    static String number(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            default -> String.valueOf(value);
        };
    }

    /** a, b, ..., z, aa, bb, ...: Word repeats the letter after z. */
    private static String letters(int value) {
        if (value < 1) {
            return String.valueOf(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value < 1 || value > 3999) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                roman.append(numerals[i]);
                rest -= values[i];
            }
        }
        return roman.toString();
    }
}
