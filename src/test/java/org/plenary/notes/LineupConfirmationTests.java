package org.plenary.notes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A note's line-up becomes positions only when a coordinator confirms the review: nothing before, unresolved names
 * must be picked, all positions in one go citing the note, no duplicates when confirmed again, corrections when the
 * mapping changes, an undo that retracts exactly them, and a Chatham House note's positions hidden from the public.
 */
@PlenaryIntegrationTest
class LineupConfirmationTests {

    static final String LINEUP = """
			What happened today.

			Line up:
			Human rights for all
			· Latin American countries and Canada, with Brazil as spokesperson
			· African countries
			· Holy See
			Strong separation
			· Japan
			· Turkey (less adamant)
			In between
			· Thailand

			Later text.
			""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    NotesFixture f;

    String issueSlug = "distinction";

    @BeforeEach
    void setUp() {
        this.f = new NotesFixture(this.jdbc);
        long issue = this.f.id(
                "insert into issue (process_id, slug, title) values (?, ?, 'Distinction') returning id",
                this.f.processId,
                this.issueSlug);
        String[][] options = {
            {"rights", "Human rights", "#2a7a3b"},
            {"between", "In between", "#d8a31a"},
            {"separation", "Strong separation", "#b03a2e"}
        };
        for (int i = 0; i < options.length; i++) {
            this.jdbc
                    .sql("insert into stance_option (issue_id, option_key, label, colour, rank) values (?, ?, ?, ?, ?)")
                    .params(issue, options[i][0], options[i][1], options[i][2], i)
                    .update();
        }
    }

    @Test
    void confirming_records_once_corrects_on_change_and_undo_retracts_exactly_those() throws Exception {
        long note = this.f.publish(this.mvc, "Day one", LINEUP, "PUBLIC", null);
        String review = this.mvc
                .perform(get("/notes/" + note + "/lineup")
                        .param("issue", this.issueSlug)
                        .with(coordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(review).contains("Latin American countries and Canada").contains("<mark>African countries</mark>");
        // Headings mapped by shared words.
        assertThat(review).containsPattern("<option value=\"rights\" selected=\"selected\">Human rights</option>");
        assertThat(review).containsPattern("<option value=\"separation\" selected=\"selected\">");
        assertThat(review).containsPattern("<option value=\"between\" selected=\"selected\">");
        assertThat(positions()).isZero();

        // An unresolved name must be picked or left out: nothing saved.
        this.mvc.perform(confirm(note, "rights", "separation", "between", "")).andExpect(status().isBadRequest());
        assertThat(positions()).isZero();

        this.mvc
                .perform(confirm(note, "rights", "separation", "between", "AFRICAN-GROUP"))
                .andExpect(status().is3xxRedirection());
        // LATAM-CANADA, African Group, Holy See, Japan, Türkiye, Thailand.
        assertThat(positions()).isEqualTo(6);
        assertThat(this.jdbc
                        .sql("""
								select p.source || '|' || p.quote || '|' || coalesce(p.remark, '') from position p
								join actor a on a.id = p.actor_id join issue i on i.id = p.issue_id
								where i.process_id = ? and a.code = 'TUR'
								""")
                        .param(this.f.processId)
                        .query(String.class)
                        .single())
                .isEqualTo("Daily note, 2018-03-12: Day one (note " + note + ")|Turkey (less adamant)|less adamant");
        assertThat(this.jdbc
                        .sql(
                                "select remark from position p join actor a on a.id = p.actor_id where a.code = 'LATAM-CANADA'"
                                        + " and p.issue_id = (select id from issue where slug = ? and process_id = ?)")
                        .params(this.issueSlug, this.f.processId)
                        .query(String.class)
                        .single())
                .contains("Brazil");

        // Again: no duplicate.
        this.mvc
                .perform(confirm(note, "rights", "separation", "between", "AFRICAN-GROUP"))
                .andExpect(status().is3xxRedirection());
        assertThat(positions()).isEqualTo(6);
        // Thailand moved to the separation camp: corrected, not added; the in-between section left out retracts.
        this.mvc
                .perform(confirm(note, "rights", "separation", "", "AFRICAN-GROUP"))
                .andExpect(status().is3xxRedirection());
        assertThat(positions()).isEqualTo(6);
        assertThat(active()).isEqualTo(5);

        String page = this.mvc
                .perform(get("/notes/" + note).with(coordinator()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Positions recorded from this note").contains("Strong separation");

        this.mvc
                .perform(post("/notes/" + note + "/lineup/undo")
                        .param("issue", this.issueSlug)
                        .with(coordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(active()).isZero();
    }

    @Test
    void positions_from_a_chatham_house_note_are_hidden_from_anonymous_readers() throws Exception {
        long note = this.f.publish(this.mvc, "Closed table", LINEUP, "MEMBERS", this.f.chathamMeeting);
        this.mvc.perform(confirm(note, "rights", "separation", "between", "-")).andExpect(status().is3xxRedirection());
        assertThat(positions()).isEqualTo(5);
        String api = "/api/v1/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/lineup";
        this.mvc
                .perform(get(api).param("asOf", "2018-03-12").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].actors[?(@.code == 'VAT')]").isEmpty());
        String members = this.mvc
                .perform(get("/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/lineup")
                        .param("asOf", "2018-03-12")
                        .with(user("vera").roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(members).contains("Holy See");
    }

    private MockHttpServletRequestBuilder confirm(long note, String s0, String s1, String s2, String pickAfrica) {
        return post("/notes/" + note + "/lineup")
                .with(coordinator())
                .with(csrf())
                .param("issue", this.issueSlug)
                .param("stance0", s0)
                .param("stance1", s1)
                .param("stance2", s2)
                .param("pick-1-0", pickAfrica);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
        return user("carol").roles("COORDINATOR");
    }

    private long positions() {
        return this.jdbc
                .sql("select count(*) from position p join issue i on i.id = p.issue_id where i.process_id = ?")
                .param(this.f.processId)
                .query(Long.class)
                .single();
    }

    private long active() {
        return this.jdbc
                .sql("select count(*) from position p join issue i on i.id = p.issue_id where i.process_id = ?"
                        + " and not p.retracted")
                .param(this.f.processId)
                .query(Long.class)
                .single();
    }
}
