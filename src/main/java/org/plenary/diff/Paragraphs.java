package org.plenary.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into the paragraphs that {@link ParagraphDiff} compares.
 *
 * <p>A paragraph is a block of lines separated from its neighbours by blank lines. Line endings are
 * normalised first ({@code \r\n} and a lone {@code \r} become {@code \n}); a blank line is a line holding
 * only whitespace; each block is stripped of leading and trailing whitespace, and empty blocks are dropped.
 * Line breaks and indentation inside a block are kept as they are.
 */
public final class Paragraphs {

    private Paragraphs() {}

    /**
     * Returns the paragraphs of {@code text}, in order.
     * @param text the text to split, not {@code null}
     * @return an immutable list of non-empty paragraphs, empty if the text is blank
     */
    public static List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : normalised.split("\n", -1)) {
            if (line.isBlank()) {
                addIfNotEmpty(block, paragraphs);
            } else {
                if (!block.isEmpty()) {
                    block.append('\n');
                }
                block.append(line);
            }
        }
        addIfNotEmpty(block, paragraphs);
        return List.copyOf(paragraphs);
    }

    private static void addIfNotEmpty(StringBuilder block, List<String> paragraphs) {
        String paragraph = block.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        block.setLength(0);
    }

    /**
     * The paragraph without its leading number or letter label ({@code "12."}, {@code "(c)"}, {@code "§ 9a"}...),
     * so that two versions of a renumbered paragraph read alike.
     * @param paragraph a paragraph, not {@code null}
     * @return the text after the label and the space that follows it, or the paragraph itself if it has no label
     */
    public static String withoutLabel(String paragraph) {
        String blanked = ParagraphLabel.withoutLabel(paragraph);
        return (blanked == null)
                ? paragraph
                : blanked.substring(blanked.indexOf('\u0000') + 1).stripLeading();
    }

    /**
     * Whether a character belongs to a word as the comparison counts words: a letter, a digit or a combining mark.
     * @param codePoint the character
     * @return {@code true} for a word character
     */
    public static boolean isWordCharacter(int codePoint) {
        return WordTokens.isWordCharacter(codePoint);
    }
}
