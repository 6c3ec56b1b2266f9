package org.plenary.drafts.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.diff.Paragraphs;
import org.plenary.drafts.NodeKind;
import org.plenary.drafts.StructureNode;

/**
 * Recognises the structure of a negotiated text: section headings ("Preamble", "Vision and guiding principles",
 * "Cooperative framework", "Objectives ...", "Implementation", "Follow-up and review", Markdown headings, short
 * lines in capitals), objective headings ("Objective 13: ..."), numbered paragraphs ("23.") and lettered items
 * ("(a)"); anything else is a text node. Blocks are separated by blank lines; inside a block a line that starts a
 * numbered paragraph, a lettered item or a heading starts a new node, other lines continue the node before.
 */
public final class StructureParser {

    private static final Pattern OBJECTIVE =
            Pattern.compile("^(?:#{1,6}\\s*)?Objective\\s+(\\d+)\\b.*", Pattern.CASE_INSENSITIVE);

    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,3}[a-z]?)\\.\\s+\\S.*");

    private static final Pattern ITEM = Pattern.compile("^\\(([a-z]{1,2}|[ivx]{1,5})\\)\\s+\\S.*");

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+)$");

    /** Heading words of a UN-style negotiated text, after an optional roman or arabic number ("II. "). */
    private static final Pattern SECTION = Pattern.compile(
            "^(?:[IVX]{1,5}\\.|[A-H]\\.|\\d{1,2}\\.)?\\s*(?:"
                    + "preamble|vision and guiding principles|guiding principles|cooperative framework|objectives\\b.*"
                    + "|implementation|follow-up and review|annex\\b.*|introduction|purpose|scope)$",
            Pattern.CASE_INSENSITIVE);

    /** Numbered divisions written in plain text: "Section A", "Part II: Commitments", "Chapter 3". */
    private static final Pattern NUMBERED_DIVISION = Pattern.compile(
            "^(?:section|part|chapter|annex|appendix)\\s+(?:[A-Z]|[IVX]{1,5}|\\d{1,2})\\b(?:\\s*[.:\\-–—]\\s*\\S.*)?$",
            Pattern.CASE_INSENSITIVE);

    private StructureParser() {}

    /**
     * The structure of a text.
     * @param text the text of a revision
     * @return its nodes in document order
     */
    public static List<StructureNode> parse(String text) {
        List<StructureNode> nodes = new ArrayList<>();
        for (String block : Paragraphs.split(text)) {
            StringBuilder current = null;
            NodeKind currentKind = null;
            for (String rawLine : block.split("\n")) {
                String line = rawLine.strip();
                NodeKind kind = startKind(line);
                if (current == null || (kind != null && kind != NodeKind.TEXT) || currentKind.heading()) {
                    if (current != null) {
                        nodes.add(node(currentKind, current.toString()));
                    }
                    current = new StringBuilder(clean(line, kind));
                    currentKind = (kind != null) ? kind : NodeKind.TEXT;
                } else {
                    current.append('\n').append(line);
                }
            }
            if (current != null) {
                nodes.add(node(currentKind, current.toString()));
            }
        }
        return nodes;
    }

    /**
     * A node of the given kind for a text, with the label that kind reads from it.
     * @param kind the kind
     * @param text the text
     * @return the node
     */
    public static StructureNode node(NodeKind kind, String text) {
        String stripped = text.strip();
        return new StructureNode(kind, labelOf(kind, stripped), stripped);
    }

    /**
     * The label a node of a kind reads from its text: the objective's number, the paragraph's number, the item's
     * letter, or {@code null}.
     */
    public static String labelOf(NodeKind kind, String text) {
        Matcher matcher = switch (kind) {
            case OBJECTIVE -> OBJECTIVE.matcher(text);
            case PARAGRAPH -> PARAGRAPH.matcher(text);
            case ITEM -> ITEM.matcher(text);
            case SECTION, TEXT -> null;
        };
        if (matcher == null || !matcher.lookingAt()) {
            return null;
        }
        return (kind == NodeKind.ITEM) ? "(" + matcher.group(1) + ")" : matcher.group(1);
    }

    /** The kind of node a line starts, or {@code null} for a line that may continue the node before. */
    private static NodeKind startKind(String line) {
        if (OBJECTIVE.matcher(line).matches() && line.length() < 400) {
            return NodeKind.OBJECTIVE;
        }
        Matcher heading = MARKDOWN_HEADING.matcher(line);
        if (heading.matches()) {
            return NodeKind.SECTION;
        }
        if (PARAGRAPH.matcher(line).matches()) {
            return NodeKind.PARAGRAPH;
        }
        if (ITEM.matcher(line).matches()) {
            return NodeKind.ITEM;
        }
        if (SECTION.matcher(line).matches()
                || (NUMBERED_DIVISION.matcher(line).matches() && line.length() <= 160 && !line.endsWith("."))
                || (line.length() <= 60
                        && line.length() > 3
                        && !line.endsWith(".")
                        && line.equals(line.toUpperCase(Locale.ROOT))
                        && line.chars().anyMatch(Character::isLetter))) {
            return NodeKind.SECTION;
        }
        return null;
    }

    /** Drops Markdown heading marks; keeps everything else as written. */
    private static String clean(String line, NodeKind kind) {
        Matcher heading = MARKDOWN_HEADING.matcher(line);
        if ((kind == NodeKind.SECTION || kind == NodeKind.OBJECTIVE) && heading.matches()) {
            return heading.group(1).strip();
        }
        return line;
    }
}
