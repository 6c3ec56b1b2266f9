package org.plenary.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Script stored in a note (body, title, tags, organisation) is inert on every page that shows the note: the note
 * page, the list, the day view, the print view, the editor and its preview, the history. Inert means: no element
 * that runs or loads anything, no event handler, no style, no {@code javascript:} or {@code data:} URL.
 */
@PlenaryIntegrationTest
class NoteXssTests {

    /** Payloads from the usual cheat sheets, in Markdown and raw HTML shapes. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert('x1')</script>",
            "<img src=x onerror=alert('x2')>",
            "<svg onload=alert('x3')>",
            "<iframe src=\"javascript:alert('x4')\"></iframe>",
            "[click](javascript:alert('x5'))",
            "[click](JaVaScRiPt:alert('x6'))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgneDcnKTwvc2NyaXB0Pg==)",
            "![img](https://evil.example/x8.png)",
            "<a href=\"javascript:alert('x9')\">x9</a>",
            "<div style=\"background:url(javascript:alert('x10'))\">x10</div>",
            "<body onload=alert('x11')>",
            "<object data=\"https://evil.example/x12.swf\"></object>",
            "<embed src=\"https://evil.example/x13.swf\">",
            "<link rel=stylesheet href=\"https://evil.example/x14.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/x15\">",
            "<form action=\"https://evil.example/x16\"><button>x16</button></form>",
            "<input autofocus onfocus=alert('x17')>",
            "\"><script>alert('x18')</script>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('x19')>",
            "<details open ontoggle=alert('x20')>",
            "[x21](vbscript:msgbox('x21'))",
            "<a href=\"&#106;avascript:alert('x22')\">x22</a>",
            "<style>body{display:none}</style>",
            "`<script>alert('x24')</script>` and ```\n<script>alert('x25')</script>\n```",
            "<https://example.org/\"onmouseover=\"alert('x26')>",
            "</textarea><script>alert('x27')</script>");

    private static final Set<String> ACTIVE = Set.of(
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "img",
            "style",
            "base",
            "frame",
            "frameset",
            "applet",
            "video",
            "audio",
            "source",
            "details");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stored_payloads_are_inert_on_every_page() throws Exception {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(20);
        NotesFixture f = new NotesFixture(this.jdbc);
        String body = String.join("\n\n", PAYLOADS);
        String title = PAYLOADS.get(0) + PAYLOADS.get(1);
        long id = Long.parseLong(this.mvc
                .perform(post("/processes/" + f.slug + "/notes/new")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", "2018-03-12")
                        .param("title", title)
                        .param("organisation", PAYLOADS.get(2))
                        .param("body", body)
                        .param("tags", "<script>alert('t')</script>, \"><img src=x onerror=alert(1)>")
                        .param("visibility", "PUBLIC")
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .substring("/notes/".length()));
        // A second save, so that the history has something to compare.
        this.mvc
                .perform(post("/notes/" + id + "/edit")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", "2018-03-12")
                        .param("title", title)
                        .param("body", body + "\n\n<script>alert('x28')</script>")
                        .param("visibility", "PUBLIC")
                        .param("version", "0")
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection());

        for (String url : List.of(
                "/notes/" + id,
                "/notes/" + id + "/print",
                "/processes/" + f.slug + "/notes",
                "/processes/" + f.slug + "/notes/days/2018-03-12")) {
            assertInert(
                    url,
                    this.mvc
                            .perform(get(url).with(anonymous()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
        }
        for (String url : List.of("/notes/" + id + "/edit", "/notes/" + id + "/history?from=1&to=2")) {
            assertInert(
                    url,
                    this.mvc
                            .perform(get(url).with(user("carol").roles("COORDINATOR")))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
        }
        String preview = this.mvc
                .perform(post("/notes/preview")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("body", body))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertInert("preview", preview);
    }

    /**
     * Parses the page as a browser would and looks at every element: only our own scripts, no active or loading
     * element, no handler or style attribute, no script URL, no form or stylesheet pointing elsewhere.
     */
    private static void assertInert(String url, String html) {
        Document page = Jsoup.parse(html);
        List<String> live = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            String tag = e.tagName();
            if (tag.equals("script") && !e.attr("src").startsWith("/js/")) {
                live.add(e.outerHtml());
            }
            if (ACTIVE.contains(tag) || (tag.equals("meta") && e.hasAttr("http-equiv"))) {
                live.add(e.outerHtml());
            }
            if ((tag.equals("link") || tag.equals("form")) && (e.attr("href") + e.attr("action")).contains("evil")) {
                live.add(e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("autofocus")) {
                    live.add(tag + " " + name);
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action"))
                        && (value.startsWith("javascript:")
                                || value.startsWith("vbscript:")
                                || value.startsWith("data:"))) {
                    live.add(tag + " " + name + "=" + value);
                }
            }
        }
        assertThat(live).as(url).isEmpty();
        // And the payloads were there to be neutralised: their text shows, escaped.
        assertThat(page.text()).as(url).contains("alert(");
    }
}
