package org.plenary.positions;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The position form's "paste a list" reads the list with the notes' line-up parser (#7): a bullet list from a brief
 * works ("Turkey (less adamant)", "..., with Brazil as spokesperson", "African countries" to pick), the preview shows
 * what each line matched and saves nothing, each actor keeps the remark of its line, a name not recognised must be
 * picked or left out, pasting the same list again adds nothing, and the flash says how many were saved.
 */
@PlenaryIntegrationTest
class PastedListTests {

    static final String PASTE = """
            Line up:
            · Japan
            · Turkey (less adamant)
            · Latin American countries and Canada, with Brazil as spokesperson
            · African countries
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.MessageSource messages;

    PositionsFixture f;

    String url;

    @BeforeEach
    void setUp() {
        this.f = new PositionsFixture(this.jdbc);
        this.f.issue("topic");
        this.url = "/processes/" + this.f.slug + "/issues/topic/positions/new";
    }

    @Test
    void a_pasted_brief_list_is_previewed_then_saved_once_with_the_remark_of_each_line() throws Exception {
        Document preview = page(paste(PASTE).param("action", "preview"), 400);
        assertThat(preview.select(".pasted-lines tbody tr")).hasSize(4);
        assertThat(preview.select(".pasted-lines tr:contains(Turkey) input[name=remark-1]")
                        .attr("value"))
                .isEqualTo("less adamant");
        assertThat(preview.select(".pasted-lines tr:contains(Latin American) li")
                        .text())
                .contains("Latin American countries and Canada");
        assertThat(preview.select(".pasted-lines mark").eachText()).containsExactly("African countries");
        assertThat(preview.select("select[name=pick-3-0]")).hasSize(1);
        assertThat(count()).isZero();

        // Every name settled: the preview saves nothing, the save saves.
        page(paste(PASTE).param("pick-3-0", "AFRICAN-GROUP").param("action", "preview"), 200);
        assertThat(count()).isZero();
        MvcResult saved = this.mvc
                .perform(paste(PASTE).param("pick-3-0", "AFRICAN-GROUP"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(saved.getFlashMap().get("flash")).isEqualTo("position.saved.count");
        assertThat((Object[]) saved.getFlashMap().get("flashArguments")).containsExactly(4, 0);
        assertThat(remarks())
                .containsExactlyInAnyOrder(
                        "AFRICAN-GROUP|batch remark",
                        "JPN|batch remark",
                        "LATAM-CANADA|batch remark",
                        "TUR|less adamant");

        MvcResult again = this.mvc
                .perform(paste(PASTE).param("pick-3-0", "AFRICAN-GROUP"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((Object[]) again.getFlashMap().get("flashArguments")).containsExactly(0, 4);
        assertThat(count()).isEqualTo(4);

        // The flash reads well.
        assertThat(this.messages.getMessage("position.saved.count", new Object[] {4, 0}, java.util.Locale.ENGLISH))
                .isEqualTo("4 positions saved; none already held this stance from that date.");
        assertThat(this.messages.getMessage("position.saved.count", new Object[] {0, 4}, java.util.Locale.ENGLISH))
                .isEqualTo("No new position saved; 4 already held this stance from that date.");
    }

    @Test
    void unsettled_names_bad_picks_long_remarks_and_missing_dates_are_refused_with_a_message() throws Exception {
        Document refused = page(paste(PASTE), 400);
        assertThat(refused.select(".field-error, .error-summary").text()).contains("not recognised");
        page(paste(PASTE).param("pick-3-0", "NO-SUCH-CODE"), 400);
        page(paste(PASTE).param("pick-3-0", "-").param("remark-0", "x".repeat(501)), 400);
        page(
                post(this.url)
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("actorNames", PASTE)
                        .param("optionKey", "yes")
                        .param("source", "Daily note")
                        .param("pick-3-0", "-"),
                400);
        page(paste("\n \n").param("action", "preview"), 400);
        assertThat(count()).isZero();
        page(paste(PASTE).param("pick-3-0", "-").param("pick-99-0", "FRA").param("remark-77", "odd"), 302);
        assertThat(count()).isEqualTo(3);
    }

    private MockHttpServletRequestBuilder paste(String names) {
        return post(this.url)
                .with(user("c").roles("COORDINATOR"))
                .with(csrf())
                .param("actorNames", names)
                .param("optionKey", "yes")
                .param("validFrom", "2018-03-12")
                .param("source", "Daily note")
                .param("remark", "batch remark");
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(this.mvc
                .perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long count() {
        return this.jdbc
                .sql("select count(*) from position p join issue i on i.id = p.issue_id where i.process_id = ?")
                .param(this.f.processId)
                .query(Long.class)
                .single();
    }

    private java.util.List<String> remarks() {
        return this.jdbc.sql("""
                        select a.code || '|' || coalesce(p.remark, '') from position p join actor a on a.id = p.actor_id
                        join issue i on i.id = p.issue_id where i.process_id = ?
                        """).param(this.f.processId).query(String.class).list();
    }
}
