package org.plenary.drafts.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;

import org.plenary.diff.TextOp;
import org.plenary.drafts.NodeRow;

/**
 * A comparison as a Word document, marked up the way Word's own compare shows it: insertions underlined (in blue),
 * deletions struck through (in red), the rest as it reads; headings in bold, moved, split and merged paragraphs noted.
 * Analysts send it to their capitals.
 */
public final class ComparisonDocument {

    /** The media type of a .docx file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String INSERTED = "1F5FA8";

    private static final String DELETED = "B42318";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ComparisonDocument() {}

    /**
     * The comparison as .docx bytes.
     * @param comparison the comparison
     * @param onlyChanges whether to leave out the paragraphs that did not change
     * @param messages the UI texts (title, legend, notes)
     */
    public static byte[] docx(RevisionComparison comparison, boolean onlyChanges, MessageSource messages) {
        Locale locale = Locale.ENGLISH;
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun title = document.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(messages.getMessage(
                    "drafts.compare.docx.title",
                    new Object[] {
                        comparison.process().name(),
                        comparison.from().label(),
                        comparison.to().label()
                    },
                    locale));
            XWPFParagraph about = document.createParagraph();
            about.createRun()
                    .setText(messages.getMessage(
                            "drafts.compare.docx.dates",
                            new Object[] {
                                comparison.from().label(),
                                DAY.format(comparison.from().issuedOn()),
                                comparison.to().label(),
                                DAY.format(comparison.to().issuedOn())
                            },
                            locale));
            XWPFParagraph legend = document.createParagraph();
            legend.createRun()
                    .setText(messages.getMessage(
                                    "drafts.compare.totals",
                                    new Object[] {
                                        comparison.changes(), comparison.wordsAdded(), comparison.wordsRemoved()
                                    },
                                    locale)
                            + ". ");
            XWPFRun inserted = legend.createRun();
            style(inserted, TextOp.Kind.INSERT);
            inserted.setText(messages.getMessage("drafts.compare.docx.inserted", null, locale));
            legend.createRun().setText(" ");
            XWPFRun deleted = legend.createRun();
            style(deleted, TextOp.Kind.DELETE);
            deleted.setText(messages.getMessage("drafts.compare.docx.deleted", null, locale));

            for (ComparedParagraph row : comparison.paragraphs()) {
                if (onlyChanges && !row.change()) {
                    continue;
                }
                paragraph(document.createParagraph(), row, messages, locale);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void paragraph(
            XWPFParagraph paragraph, ComparedParagraph row, MessageSource messages, Locale locale) {
        String note = note(row, messages, locale);
        if (note != null) {
            XWPFRun run = paragraph.createRun();
            run.setItalic(true);
            run.setColor("5B6575");
            run.setText("[" + note + "] ");
        }
        List<TextOp> ops = row.ops();
        if (row.status().equals("inserted") || row.status().equals("deleted") || ops.isEmpty()) {
            NodeRow node = row.node();
            TextOp.Kind kind = switch (row.status()) {
                case "inserted" -> TextOp.Kind.INSERT;
                case "deleted" -> TextOp.Kind.DELETE;
                default -> TextOp.Kind.EQUAL;
            };
            ops = List.of(new TextOp(kind, node.text().isEmpty() ? " " : node.text()));
        }
        for (TextOp op : ops) {
            XWPFRun run = paragraph.createRun();
            run.setBold(row.heading());
            style(run, op.op());
            text(run, op.text());
        }
    }

    private static String note(ComparedParagraph row, MessageSource messages, Locale locale) {
        if (row.note() != null && row.status().equals("inserted")) {
            return messages.getMessage("drafts.compare.splitFrom", new Object[] {row.note()}, locale);
        }
        if (row.note() != null && row.status().equals("deleted")) {
            return messages.getMessage("drafts.compare.mergedInto", new Object[] {row.note()}, locale);
        }
        if (row.status().equals("moved")) {
            return messages.getMessage("drafts.change.moved", null, locale);
        }
        return null;
    }

    private static void style(XWPFRun run, TextOp.Kind kind) {
        switch (kind) {
            case INSERT -> {
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                run.setColor(INSERTED);
            }
            case DELETE -> {
                run.setStrikeThrough(true);
                run.setColor(DELETED);
            }
            case EQUAL -> {}
        }
    }

    /** Text with its line breaks kept as Word line breaks. */
    private static void text(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
