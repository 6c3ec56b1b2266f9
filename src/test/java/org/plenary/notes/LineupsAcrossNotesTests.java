package org.plenary.notes;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Line-ups of several notes, and what happens to a confirmed line-up later: a second note (or the position form) that
 * gives an actor another stance from the same day is refused with a message naming the actor and the position on
 * record, never kept beside it; a meeting put under the Chatham House rule after its note's line-up was confirmed
 * takes those positions from anonymous readers (their written source, the note, is withdrawn), members still see them.
 */
@PlenaryIntegrationTest
class LineupsAcrossNotesTests {

    static final String FIRST = """
			Line up:
			Human rights for all
			· Holy See
			Strong separation
			· Turkey (less adamant)
			""";

    /** Another brief of the same day that puts Turkey elsewhere. */
    static final String SECOND = """
			Line up:
			Human rights for all
			· Turkey
			· Mexico
			""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    NotesFixture f;

    final String issueSlug = "distinction";

    @BeforeEach
    void setUp() {
        this.f = new NotesFixture(this.jdbc);
        long issue = this.f.id(
                "insert into issue (process_id, slug, title) values (?, ?, 'Distinction') returning id",
                this.f.processId,
                this.issueSlug);
        String[][] options = {{"rights", "Human rights"}, {"separation", "Strong separation"}};
        for (int i = 0; i < options.length; i++) {
            this.jdbc
                    .sql(
                            "insert into stance_option (issue_id, option_key, label, colour, rank) values (?, ?, ?, '#2a7a3b', ?)")
                    .params(issue, options[i][0], options[i][1], i)
                    .update();
        }
    }

    @Test
    void a_second_note_or_the_form_giving_an_actor_another_stance_that_day_is_refused_with_a_message()
            throws Exception {
        long first = this.f.publish(this.mvc, "Morning brief", FIRST, "PUBLIC", null);
        this.mvc.perform(confirm(first, "rights", "separation")).andExpect(status().is3xxRedirection());
        assertThat(active()).isEqualTo(2);

        long second = this.f.publish(this.mvc, "Evening brief", SECOND, "PUBLIC", null);
        String refused = this.mvc
                .perform(confirm(second, "rights", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select(".error-summary").text())
                .contains("Already on record from 12 Mar 2018 with another stance")
                .contains("Türkiye: Strong separation (Daily note, 2018-03-12: Morning brief (note " + first + "))")
                .contains("correct or retract the position on record first")
                .doesNotContain("Mexico");
        // All or nothing: Mexico is not recorded either.
        assertThat(active()).isEqualTo(2);

        // Agreeing with the first note is no contradiction (Turkey and Mexico).
        this.mvc.perform(confirm(second, "separation", "")).andExpect(status().is3xxRedirection());
        assertThat(active()).isEqualTo(4);
        this.mvc
                .perform(post("/notes/" + second + "/lineup/undo")
                        .param("issue", this.issueSlug)
                        .with(coordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        // The position form: the same refusal, as a message on the form.
        String form = this.mvc
                .perform(post("/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/positions/new")
                        .with(coordinator())
                        .with(csrf())
                        .param("actorNames", "Turkey\nMexico")
                        .param("optionKey", "rights")
                        .param("validFrom", "2018-03-12")
                        .param("source", "Phone call"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(form).select(".field-error, .error-summary").text())
                .contains("Türkiye: Strong separation (Daily note, 2018-03-12: Morning brief");
        assertThat(active()).isEqualTo(2);
        // From another day it is a change of stance, not a contradiction.
        this.mvc
                .perform(post("/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/positions/new")
                        .with(coordinator())
                        .with(csrf())
                        .param("actorNames", "Turkey")
                        .param("optionKey", "rights")
                        .param("validFrom", "2018-03-13")
                        .param("source", "Phone call"))
                .andExpect(status().is3xxRedirection());
        assertThat(active()).isEqualTo(3);

        // Correcting a position into a contradiction is refused too.
        long mexico = this.f.id("""
				insert into position (issue_id, actor_id, option_id, valid_from, source, recorded_by)
				select i.id, a.id, o.id, date '2018-03-12', 'Phone call', 'test' from issue i
				join stance_option o on o.issue_id = i.id and o.option_key = 'rights', actor a
				where i.process_id = ? and a.code = 'MEX' returning id
				""", this.f.processId);
        this.f.id("""
				insert into position (issue_id, actor_id, option_id, valid_from, source, recorded_by)
				select i.id, a.id, o.id, date '2018-03-12', 'Another call', 'test' from issue i
				join stance_option o on o.issue_id = i.id and o.option_key = 'separation', actor a
				where i.process_id = ? and a.code = 'MEX' returning id
				""", this.f.processId);
        this.mvc
                .perform(post("/positions/" + mexico + "/edit")
                        .with(coordinator())
                        .with(csrf())
                        .param("optionKey", "rights")
                        .param("validFrom", "2018-03-12")
                        .param("source", "Phone call, corrected")
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mexico: Strong separation (Another call)")));
    }

    @Test
    void a_meeting_put_under_the_chatham_house_rule_after_the_confirmation_takes_its_positions_from_the_public()
            throws Exception {
        long note = this.f.publish(this.mvc, "Plenary brief", FIRST, "PUBLIC", this.f.openMeeting);
        this.mvc.perform(confirm(note, "rights", "separation")).andExpect(status().is3xxRedirection());
        String api = "/api/v1/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/lineup";
        this.mvc
                .perform(get(api).param("asOf", "2018-03-12").with(anonymous()))
                .andExpect(jsonPath("$.columns[0].actors[?(@.code == 'VAT')]").isNotEmpty());

        this.mvc
                .perform(post("/admin/processes/" + this.f.slug + "/meetings/" + this.f.openMeeting)
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("title", "Morning plenary")
                        .param("kind", "PLENARY")
                        .param("startsAt", "10:00")
                        .param("chathamHouse", "true")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        this.mvc
                .perform(get(api).param("asOf", "2018-03-12").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].actors[?(@.code == 'VAT')]").isEmpty())
                .andExpect(jsonPath("$.columns[1].actors[?(@.code == 'TUR')]").isEmpty());
        String anonymousPage = this.mvc
                .perform(get("/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/lineup")
                        .param("asOf", "2018-03-12")
                        .with(anonymous()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymousPage).doesNotContain("Plenary brief").doesNotContain("less adamant");
        String members = this.mvc
                .perform(get("/processes/" + this.f.slug + "/issues/" + this.issueSlug + "/lineup")
                        .param("asOf", "2018-03-12")
                        .with(user("vera").roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(members).contains("Holy See").contains("Chatham House");
        // The positions keep the meeting and the bullet, with the note named in the quote for members.
        assertThat(this.jdbc
                        .sql("""
								select coalesce(p.source, '') || '|' || p.quote from position p
								join actor a on a.id = p.actor_id join issue i on i.id = p.issue_id
								where i.process_id = ? and a.code = 'TUR' and not p.retracted
								""")
                        .param(this.f.processId)
                        .query(String.class)
                        .single())
                .isEqualTo("|Turkey (less adamant) (note " + note + ")");
        // Confirming again changes nothing more.
        this.mvc.perform(confirm(note, "rights", "separation")).andExpect(status().is3xxRedirection());
        assertThat(active()).isEqualTo(2);
    }

    private MockHttpServletRequestBuilder confirm(long note, String s0, String s1) {
        return post("/notes/" + note + "/lineup")
                .with(coordinator())
                .with(csrf())
                .param("issue", this.issueSlug)
                .param("stance0", s0)
                .param("stance1", s1);
    }

    private static RequestPostProcessor coordinator() {
        return user("carol").roles("COORDINATOR");
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
