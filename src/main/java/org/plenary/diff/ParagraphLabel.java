package org.plenary.diff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leading number or letter label of a paragraph, such as {@code "12."}, {@code "4c."}, {@code "(c)"},
 * {@code "(iv)"}, {@code "§ 9a"} or {@code "### Art 93"}, and the paragraph with that label blanked out.
 * Two different paragraphs with the same blanked-out text were only renumbered.
 */
final class ParagraphLabel {

    private static final Pattern LABEL = Pattern.compile("^(#{1,6}[ \\t]+)?(?:"
            // a keyword with a number: "§ 12", "Art 93", "Artikel 5a", "Section IV"
            + "(?:§§?|Art\\.?|Artikel|Article|Section|Abschnitt|Kapitel|Chapter|Teil|Part|Annex|Anlage)[ \\t]*"
            + "(?:\\d+[a-z]{0,2}|[IVXLC]{1,6})\\.?"
            // or an enumerator: "12.", "4c.", "(c)", "c)", "(iv)", "IV."
            + "|\\(?(?:\\d+[a-z]{0,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-zA-Z])[.)]"
            + ")(?=\\s|$)");

    private ParagraphLabel() {}

    /**
     * Returns the paragraph with its label replaced by a placeholder, or {@code null} if it has no label.
     */
    static String withoutLabel(String paragraph) {
        Matcher matcher = LABEL.matcher(paragraph);
        if (!matcher.find()) {
            return null;
        }
        String heading = (matcher.group(1) != null) ? matcher.group(1) : "";
        return heading + '\u0000' + paragraph.substring(matcher.end());
    }

    static boolean onlyRenumbered(String from, String to) {
        if (from.equals(to)) {
            return false;
        }
        String fromKey = withoutLabel(from);
        return fromKey != null && fromKey.equals(withoutLabel(to));
    }
}
