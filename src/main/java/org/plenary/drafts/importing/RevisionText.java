package org.plenary.drafts.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of a revision, read from an uploaded file: UTF-8 .txt or .md, or .docx (each Word paragraph becomes a
 * paragraph of the text, with its list numbering; tables and headings are kept: {@link WordText}). Refuses other types, empty or blank files, files over
 * {@link #MAX_BYTES}, text that is not UTF-8 and .docx files that cannot be opened.
 */
public final class RevisionText {

    /** 5 MB: several times the largest negotiated draft. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private RevisionText() {}

    /**
     * Reads an uploaded file.
     * @param fileName the name the browser sent
     * @param content the bytes
     * @return the text, never blank
     * @throws UnreadableRevisionException with a message key saying what is wrong
     */
    public static String read(String fileName, byte[] content) {
        String name = (fileName != null) ? fileName.strip() : "";
        if (name.isEmpty() || content == null || content.length == 0) {
            throw new UnreadableRevisionException("drafts.import.file.empty", name, null);
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableRevisionException("drafts.import.file.tooLarge", name, null);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String text;
        if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")) {
            text = utf8(name, content);
        } else if (lower.endsWith(".docx")) {
            text = docx(name, content);
        } else {
            throw new UnreadableRevisionException("drafts.import.file.type", name, null);
        }
        return pasted(text, name);
    }

    /**
     * Checks pasted text.
     * @throws UnreadableRevisionException if it is blank or too large
     */
    public static String pasted(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new UnreadableRevisionException("drafts.import.file.empty", name, null);
        }
        if (text.length() > MAX_BYTES) {
            throw new UnreadableRevisionException("drafts.import.file.tooLarge", name, null);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String utf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException ex) {
            throw new UnreadableRevisionException("drafts.import.file.encoding", name, ex);
        }
    }

    private static String docx(String name, byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return WordText.of(document);
        } catch (IOException | RuntimeException ex) {
            // POI reports a broken or non-Word zip in several ways (NotOfficeXmlFileException, IOException, ...).
            throw new UnreadableRevisionException("drafts.import.file.docx", name, ex);
        }
    }
}
