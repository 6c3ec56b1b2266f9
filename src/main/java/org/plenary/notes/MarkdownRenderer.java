package org.plenary.notes;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * A note's Markdown as HTML that is safe to put in a page: commonmark-java (GFM tables, autolinks, strikethrough)
 * renders it with raw HTML escaped and unsafe URLs dropped, then jsoup's allow-list keeps only text markup, tables
 * and links (http, https, mailto, each {@code rel="nofollow noopener"}). No script, handler, style, image or frame
 * survives: nothing in a note runs, loads a remote resource, or restyles the page. The page, the preview and the
 * print view all use this one renderer.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private static final Safelist ALLOWED = new Safelist()
            .addTags(
                    "a",
                    "b",
                    "blockquote",
                    "br",
                    "code",
                    "del",
                    "em",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "i",
                    "li",
                    "ol",
                    "p",
                    "pre",
                    "s",
                    "strong",
                    "sub",
                    "sup",
                    "table",
                    "tbody",
                    "td",
                    "tfoot",
                    "th",
                    "thead",
                    "tr",
                    "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final int EXCERPT = 300;

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** The Markdown as sanitised HTML. */
    public String html(String markdown) {
        String raw = this.renderer.render(this.parser.parse((markdown != null) ? markdown : ""));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(raw, "", ALLOWED, output);
    }

    /** The Markdown's text without markup, cut to a few lines, for lists. */
    public String excerpt(String markdown) {
        String text = Jsoup.parse(html(markdown)).text().strip();
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT - 1);
        return text.substring(0, (cut > EXCERPT / 2) ? cut : EXCERPT - 1) + "…";
    }
}
