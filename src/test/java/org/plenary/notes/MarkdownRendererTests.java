package org.plenary.notes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderer alone: the GFM parts coordinators use, links made safe, nothing active kept. */
class MarkdownRendererTests {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void renders_gfm_tables_strikethrough_and_autolinks() {
        String html = this.renderer.html("""
				| State | Stance |
				|:--|--:|
				| Brazil | ~~against~~ for |

				See https://refugeesmigrants.un.org and <mailto:a@b.org>.
				""");
        assertThat(html)
                .contains("<table>")
                .contains("<th align=\"left\">State</th>")
                .contains("<del>against</del>");
        assertThat(html).contains("<a href=\"https://refugeesmigrants.un.org\" rel=\"nofollow noopener\">");
        assertThat(html).contains("href=\"mailto:a@b.org\"");
    }

    @Test
    void keeps_no_image_script_handler_or_style() {
        String html = this.renderer.html("![x](https://evil.example/x.png) <b onclick=\"x()\" style=\"color:red\">b</b>"
                + "\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1))");
        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("javascript:");
        // Raw HTML is shown as text: no element carries a handler or a style.
        assertThat(html).doesNotContainPattern("<[a-z][^>]*\\s(on[a-z]+|style)=");
    }

    @Test
    void the_excerpt_is_plain_text_cut_at_a_word() {
        String excerpt = this.renderer.excerpt("**Bold** start. " + "word ".repeat(200));
        assertThat(excerpt).startsWith("Bold start.").endsWith("…").hasSizeLessThanOrEqualTo(301);
    }
}
