package org.plenary.digest;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.process.ProcessFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day's digest: the revisions issued, the positions recorded with their moves against the day before, the notes;
 * each reader sees what they may (an anonymous reader the public record only; a digest holds no draft note, even for
 * its author); previous and next days with activity; an empty day says so; a fixed number of statements; bad dates
 * and processes are 400 and 404.
 */
@PlenaryIntegrationTest
class DayDigestTests {

    static final LocalDate D10 = LocalDate.of(2018, 3, 10);

    static final LocalDate D12 = ProcessFixture.D12;

    static final LocalDate D14 = LocalDate.of(2018, 3, 14);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String slug;

    long processId;

    long chathamMeeting;

    long openMeeting;

    @BeforeEach
    void setUp() throws Exception {
        ProcessFixture process = new ProcessFixture(this.jdbc, "digest", "Digest test");
        this.slug = process.slug;
        this.processId = process.processId;
        this.openMeeting = process.openMeeting;
        this.chathamMeeting = process.chathamMeeting;
        long issue = id(
                "insert into issue (process_id, slug, title, sort_order) values (?, 'distinction', 'Regular/irregular distinction', 1) returning id",
                this.processId);
        long rights = option(issue, "rights", "Human rights first", 1);
        long between = option(issue, "between", "In between", 2);
        long separation = option(issue, "separation", "Strong separation", 3);
        position(issue, "LUX", between, D10, null, "Daily update 10 March");
        position(issue, "LUX", rights, D12, this.openMeeting, null);
        position(issue, "FRA", separation, D12, null, "Daily update 12 March");
        position(issue, "HUN", separation, D12, this.chathamMeeting, null);
        long document = id(
                "insert into draft_document (process_id, title) values (?, 'The compact') returning id",
                this.processId);
        this.jdbc.sql("""
				insert into draft_revision (document_id, sequence, label, issued_on, status, imported_at, imported_by)
				values (?, 1, 'Rev 1', ?, 'PUBLISHED', now(), 'ana'), (?, 2, 'Rev 1 (unreleased)', ?, 'DRAFT', now(), 'ana')
				""").params(document, D12, document, D12).update();
        note(D12, "Open brief", "Austria moved.", "PUBLIC", "publish", this.openMeeting);
        note(D12, "Members brief", "For members.", "MEMBERS", "publish", null);
        note(D12, "Draft brief", "Unfinished.", "PUBLIC", "draft", null);
        note(D12, "Closed table brief", "Said off the record.", "MEMBERS", "publish", this.chathamMeeting);
        note(D14, "Later brief", "Two days on.", "PUBLIC", "publish", null);
        intervention(D12, this.openMeeting, "LUX", "EU27", "Returns must respect human rights.");
        intervention(D12, this.chathamMeeting, "HUN", null, "Closed-door words on borders.");
    }

    private void intervention(LocalDate day, Long meeting, String actor, String group, String summary) {
        this.jdbc
                .sql("""
				insert into intervention (process_id, spoken_on, meeting_id, actor_id, on_behalf_of_id, kind, summary,
				                          source, created_by)
				values (?, ?, ?, (select id from actor where code = ?), (select id from actor where code = ?),
				        'STATEMENT', ?, 'Daily update', 'carol')
				""")
                .params(this.processId, day, meeting, actor, group, summary)
                .update();
    }

    @Test
    void an_anonymous_reader_sees_the_public_record_of_the_day_with_the_moves() throws Exception {
        String page = page(D12, anonymous());
        assertThat(page)
                .contains("Rev 1</a>")
                .doesNotContain("Rev 1 (unreleased)")
                .contains("Open brief")
                .doesNotContain("Members brief", "Draft brief", "Closed table brief", "Said off the record")
                .contains("Regular/irregular distinction")
                .contains("Luxembourg</a>")
                .contains("← moved, was: In between")
                .contains("France</a>")
                .contains("new since the compared date")
                .doesNotContain("Hungary");
        // Interventions by meeting: the open meeting names its speaker, the Chatham House one does not.
        assertThat(page)
                .contains("Morning plenary", "Returns must respect human rights.", ", for EU 27")
                .contains("Closed table", "Closed-door words on borders.", "A delegation (Chatham House rule)");
        assertThat(page)
                .contains("/processes/" + this.slug + "/digest/2018-03-10")
                .contains("/processes/" + this.slug + "/digest/2018-03-14");
    }

    @Test
    void a_signed_in_reader_sees_members_notes_chatham_house_positions_and_draft_revisions_but_no_draft_note()
            throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {
            user("vera").roles("VIEWER"), user("carol").roles("COORDINATOR")
        }) {
            String page = page(D12, who);
            assertThat(page)
                    .contains("Open brief", "Members brief", "Closed table brief", "Rev 1 (unreleased)", "Hungary</a>")
                    .contains("<strong>Hungary</strong>", "Closed-door words on borders.")
                    .doesNotContain("Draft brief");
        }
    }

    @Test
    void an_empty_day_says_so_and_steps_to_the_days_around_it() throws Exception {
        String page = page(LocalDate.of(2018, 3, 13), anonymous());
        assertThat(page)
                .contains("Nothing was recorded for this day that you may read.")
                .contains("/processes/" + this.slug + "/digest/2018-03-12")
                .contains("/processes/" + this.slug + "/digest/2018-03-14");
        String first = page(D10, anonymous());
        assertThat(first).contains("No earlier day with activity");
        this.mvc
                .perform(get("/processes/" + this.slug + "/digest").with(anonymous()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/processes/" + this.slug + "/digest/2018-03-14"));
    }

    @Test
    void the_page_runs_the_same_few_statements_for_a_full_day_and_an_empty_one() throws Exception {
        RequestPostProcessor vera = user("vera").roles("VIEWER");
        page(D12, vera);
        StatementCounter.reset();
        page(D12, vera);
        int full = StatementCounter.count();
        // More of everything on the same day: as many statements.
        note(D12, "Another brief", "More words.", "PUBLIC", "publish", this.openMeeting);
        intervention(D12, this.openMeeting, "FRA", null, "France agreed.");
        intervention(D12, null, "CHL", null, "Chile asked a question.");
        StatementCounter.reset();
        page(D12, vera);
        int fuller = StatementCounter.count();
        StatementCounter.reset();
        page(LocalDate.of(2018, 3, 13), vera);
        int empty = StatementCounter.count();
        System.out.println("Digest statements: full day " + full + ", fuller " + fuller + ", empty day " + empty);
        assertThat(fuller).isEqualTo(full).isLessThanOrEqualTo(16);
        assertThat(empty).isLessThanOrEqualTo(full);
    }

    @Test
    void the_print_view_has_the_day_without_the_navigation() throws Exception {
        String print = this.mvc
                .perform(get("/processes/" + this.slug + "/digest/2018-03-12/print")
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(print)
                .contains("class=\"print digest-print\"")
                .contains("Open brief")
                .doesNotContain("header class=\"site\"");
    }

    @Test
    void the_calendar_and_the_notes_day_view_link_the_digest() throws Exception {
        String link = "/processes/" + this.slug + "/digest/2018-03-12";
        assertThat(this.mvc
                        .perform(get("/processes/" + this.slug + "/calendar"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(link);
        assertThat(this.mvc
                        .perform(get("/processes/" + this.slug + "/notes/days/2018-03-12"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(link);
    }

    @Test
    void bad_dates_are_400_and_an_unknown_process_404_never_500() throws Exception {
        for (String bad : new String[] {"2018-02-30", "nope", "12-03-2018", "0999-01-01", "2018-3-12x"}) {
            this.mvc.perform(get("/processes/" + this.slug + "/digest/" + bad)).andExpect(status().isBadRequest());
            this.mvc
                    .perform(get("/processes/" + this.slug + "/digest/" + bad + "/print"))
                    .andExpect(status().isBadRequest());
        }
        this.mvc.perform(get("/processes/no-such-process/digest/2018-03-12")).andExpect(status().isNotFound());
        this.mvc.perform(get("/processes/no-such-process/digest")).andExpect(status().isNotFound());
    }

    private String page(LocalDate day, RequestPostProcessor who) throws Exception {
        return this.mvc
                .perform(get("/processes/" + this.slug + "/digest/" + day).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long option(long issue, String key, String label, int rank) {
        return id(
                "insert into stance_option (issue_id, option_key, label, colour, rank) values (?, ?, ?, '#336699', ?) returning id",
                issue,
                key,
                label,
                rank);
    }

    private void position(long issue, String actor, long option, LocalDate from, Long meeting, String source) {
        this.jdbc.sql("""
				insert into position (issue_id, actor_id, option_id, valid_from, meeting_id, source, recorded_by)
				values (?, (select id from actor where code = ?), ?, ?, ?, ?, 'carol')
				""").params(issue, actor, option, from, meeting, source).update();
    }

    private void note(LocalDate date, String title, String body, String visibility, String action, Long meeting)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/processes/" + this.slug + "/notes/new")
                .with(user("carol").roles("COORDINATOR"))
                .with(csrf())
                .param("date", date.toString())
                .param("title", title)
                .param("body", body)
                .param("visibility", visibility)
                .param("action", action);
        if (meeting != null) {
            request.param("meetingId", meeting.toString());
        }
        this.mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
