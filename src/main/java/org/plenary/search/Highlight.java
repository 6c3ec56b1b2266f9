package org.plenary.search;

import org.springframework.web.util.HtmlUtils;

/**
 * A highlighted text from {@code ts_headline} made safe for the page: the database marks the matched words with the
 * control characters U+0001 and U+0002 (removed from the text before, so they cannot come from it), the whole text is
 * HTML-escaped, and only then do the marks become {@code <mark>} elements. Nothing of the text itself can become
 * markup.
 */
final class Highlight {

    static final char START = '\u0001';

    static final char STOP = '\u0002';

    /** The options of {@code ts_headline} for a snippet of a long text. */
    static final String SNIPPET = "StartSel=\u0001, StopSel=\u0002, MaxWords=28, MinWords=10, ShortWord=2, "
            + "MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The options of {@code ts_headline} for a short text shown whole (a title). */
    static final String WHOLE = "StartSel=\u0001, StopSel=\u0002, HighlightAll=true";

    private Highlight() {}

    /**
     * A Markdown text read as plain words: the marks of emphasis, headings, code and quotes left out (a snippet of a
     * note's body is shown as text, never rendered).
     */
    static String plain(String markdown) {
        if (markdown == null) {
            return null;
        }
        return markdown.replaceAll("[*`#]+|(?m)^\\s*>+", "").replaceAll("\\s+", " ");
    }

    /** HTML: the text escaped, its marked words in {@code <mark>}. */
    static String html(String marked) {
        if (marked == null) {
            return "";
        }
        String escaped = HtmlUtils.htmlEscape(marked.strip(), "UTF-8");
        StringBuilder html = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == START && !open) {
                html.append("<mark>");
                open = true;
            } else if (c == STOP && open) {
                html.append("</mark>");
                open = false;
            } else if (c != START && c != STOP) {
                html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
