package org.plenary.following;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Following issues and actors (POST with CSRF, back to the page, idempotent, 404 for what does not exist) and the
 * home page's "since your last visit": what changed since the previous visit, on what the user follows, as they may
 * read it; the same list on a reload within the session, a new count from the next session; a fixed number of
 * statements.
 */
@PlenaryIntegrationTest
class FollowingAndSinceLastVisitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String suffix;

    String slug;

    long processId;

    long issue;

    long otherIssue;

    long rights;

    long between;

    String username;

    @BeforeEach
    void setUp() {
        this.suffix = UUID.randomUUID().toString().substring(0, 8);
        this.slug = "follow-" + this.suffix;
        this.username = "sam-" + this.suffix;
        this.processId = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                "Following test " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        this.issue = id(
                "insert into issue (process_id, slug, title, sort_order) values (?, 'firewalls', 'Firewalls', 1) returning id",
                this.processId);
        this.otherIssue = id(
                "insert into issue (process_id, slug, title, sort_order) values (?, 'detention', 'Child detention', 2) returning id",
                this.processId);
        this.rights = option(this.issue, "rights", "For firewalls", 1);
        this.between = option(this.issue, "between", "Undecided on firewalls", 2);
        long otherOption = option(this.otherIssue, "never", "Never detain children", 1);
        // Before the last visit: Luxembourg was undecided.
        position(this.issue, "LUX", this.between, LocalDate.of(2018, 3, 10), "now() - interval '10 days'");
        // Since: Luxembourg moved, Uruguay came in; on an issue not followed, Chile.
        position(this.issue, "LUX", this.rights, LocalDate.of(2018, 3, 12), "now() - interval '1 hour'");
        position(this.issue, "URY", this.between, LocalDate.of(2018, 3, 12), "now() - interval '1 hour'");
        position(this.otherIssue, "CHL", otherOption, LocalDate.of(2018, 3, 12), "now() - interval '1 hour'");
        // Not on a followed issue, but by a followed actor.
        position(this.otherIssue, "NOR", otherOption, LocalDate.of(2018, 3, 12), "now() - interval '1 hour'");
        this.jdbc
                .sql(
                        "insert into last_visit (username, seen_at, previous_seen_at) values (?, now() - interval '1 day', now() - interval '2 days')")
                .param(this.username)
                .update();
        note("Public news " + this.suffix, "PUBLIC", "now()");
        note("Members news " + this.suffix, "MEMBERS", "now()");
        note("Coordinators news " + this.suffix, "COORDINATORS", "now()");
        note("Old news " + this.suffix, "PUBLIC", "now() - interval '3 days'");
        long document = id(
                "insert into draft_document (process_id, title) values (?, 'The compact') returning id",
                this.processId);
        this.jdbc.sql("""
				insert into draft_revision (document_id, sequence, label, issued_on, status, imported_at, imported_by)
				values (?, 1, ?, date '2018-03-26', 'PUBLISHED', now() - interval '1 hour', 'ana')
				""").params(document, "Rev " + this.suffix).update();
    }

    @Test
    void a_user_follows_and_unfollows_an_issue_and_an_actor_from_their_pages() throws Exception {
        RequestPostProcessor sam = user(this.username).roles("VIEWER");
        String lineup = "/processes/" + this.slug + "/issues/firewalls/lineup";
        assertThat(page(lineup, sam))
                .contains("action=\"/follows/issues/" + this.issue + "\"")
                .contains(">Follow</button>");
        assertThat(page(lineup, anonymous())).doesNotContain("/follows/");

        this.mvc
                .perform(post("/follows/issues/" + this.issue)
                        .with(sam)
                        .with(csrf())
                        .param("back", lineup))
                .andExpect(redirectedUrl(lineup));
        this.mvc
                .perform(post("/follows/issues/" + this.issue)
                        .with(sam)
                        .with(csrf())
                        .param("back", lineup))
                .andExpect(redirectedUrl(lineup));
        assertThat(follows()).isEqualTo(1);
        assertThat(page(lineup, sam))
                .contains("action=\"/follows/issues/" + this.issue + "/delete\"")
                .contains(">Unfollow</button>");

        long austria = id("select id from actor where code = 'AUT'");
        assertThat(page("/actors/AUT", sam)).contains("action=\"/follows/actors/" + austria + "\"");
        this.mvc
                .perform(post("/follows/actors/" + austria)
                        .with(sam)
                        .with(csrf())
                        .param("back", "/actors/AUT"))
                .andExpect(redirectedUrl("/actors/AUT"));
        assertThat(page("/actors/AUT", sam)).contains("action=\"/follows/actors/" + austria + "/delete\"");
        assertThat(follows()).isEqualTo(2);

        this.mvc
                .perform(post("/follows/issues/" + this.issue + "/delete")
                        .with(sam)
                        .with(csrf())
                        .param("back", lineup))
                .andExpect(redirectedUrl(lineup));
        this.mvc
                .perform(post("/follows/actors/" + austria + "/delete")
                        .with(sam)
                        .with(csrf())
                        .param("back", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
        assertThat(follows()).isZero();
    }

    @Test
    void following_what_does_not_exist_is_404_a_bad_id_400_and_it_needs_a_login_and_csrf() throws Exception {
        RequestPostProcessor sam = user(this.username).roles("VIEWER");
        this.mvc
                .perform(post("/follows/issues/999999999").with(sam).with(csrf()))
                .andExpect(status().isNotFound());
        this.mvc
                .perform(post("/follows/actors/999999999/delete").with(sam).with(csrf()))
                .andExpect(status().isNotFound());
        this.mvc.perform(post("/follows/planets/1").with(sam).with(csrf())).andExpect(status().isNotFound());
        this.mvc.perform(post("/follows/issues/abc").with(sam).with(csrf())).andExpect(status().isBadRequest());
        this.mvc.perform(post("/follows/issues/" + this.issue).with(sam)).andExpect(status().isForbidden());
        this.mvc
                .perform(post("/follows/issues/" + this.issue).with(anonymous()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(follows()).isZero();
    }

    @Test
    void the_home_page_lists_what_changed_since_the_previous_visit_and_keeps_it_for_the_session() throws Exception {
        follow("issues", this.issue);
        follow("actors", id("select id from actor where code = 'NOR'"));
        Browsing session = new Browsing();
        RequestPostProcessor sam = user(this.username).roles("VIEWER");
        String home = home(sam, session);
        assertThat(home)
                .contains("Since your last visit")
                .contains("Public news " + this.suffix, "Members news " + this.suffix)
                .doesNotContain("Coordinators news " + this.suffix, "Old news " + this.suffix)
                .contains("Luxembourg</a>")
                .contains("← moved, was: Undecided on firewalls")
                .contains("Uruguay</a>")
                .contains("Norway</a>")
                .doesNotContain("Chile</a>")
                .contains("Rev " + this.suffix);
        // A reload in the same session shows the same list.
        assertThat(home(sam, session)).contains("Public news " + this.suffix, "Luxembourg</a>", "Rev " + this.suffix);
        // The next session counts from this visit: nothing new.
        String next = home(sam, new Browsing());
        assertThat(next).contains("Nothing new since your last visit.").doesNotContain("Public news " + this.suffix);
        // An anonymous reader has no such section.
        assertThat(home(anonymous(), new Browsing())).doesNotContain("since-visit");
    }

    @Test
    void mark_all_as_seen_empties_the_list() throws Exception {
        Browsing session = new Browsing();
        RequestPostProcessor sam = user(this.username).roles("VIEWER");
        assertThat(home(sam, session)).contains("Public news " + this.suffix);
        session.keep(this.mvc
                .perform(session.with(post("/follows/seen").with(sam).with(csrf())))
                .andExpect(redirectedUrl("/"))
                .andReturn());
        assertThat(home(sam, session)).contains("Nothing new since your last visit.");
    }

    @Test
    void a_first_visit_counts_the_last_seven_days() throws Exception {
        RequestPostProcessor newcomer = user("newcomer-" + this.suffix).roles("VIEWER");
        assertThat(home(newcomer, new Browsing()))
                .contains("In the last seven days")
                .contains("Public news " + this.suffix)
                .contains("Follow issues and actors");
    }

    @Test
    void the_home_page_runs_as_many_statements_whatever_one_follows() throws Exception {
        RequestPostProcessor sam = user(this.username).roles("VIEWER");
        RequestPostProcessor other = user("quiet-" + this.suffix).roles("VIEWER");
        follow("issues", this.issue);
        follow("issues", this.otherIssue);
        Browsing samSession = new Browsing();
        Browsing otherSession = new Browsing();
        home(sam, samSession);
        home(other, otherSession);
        StatementCounter.reset();
        home(sam, samSession);
        int following = StatementCounter.count();
        StatementCounter.reset();
        home(other, otherSession);
        int quiet = StatementCounter.count();
        System.out.println("Home statements: following " + following + ", following nothing " + quiet);
        assertThat(following).isLessThanOrEqualTo(quiet + 1).isLessThanOrEqualTo(8);
    }

    private void follow(String kind, long target) throws Exception {
        this.mvc
                .perform(post("/follows/" + kind + "/" + target)
                        .with(user(this.username).roles("VIEWER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * One browser: Spring Session keeps the session in the database and names it by a cookie, so a session here is
     * the cookie a response set, sent back with the next request.
     */
    static final class Browsing {

        Cookie session;

        MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request) {
            return (this.session != null) ? request.cookie(this.session) : request;
        }

        MvcResult keep(MvcResult result) {
            Cookie set = result.getResponse().getCookie("SESSION");
            if (set != null) {
                this.session = set;
            }
            return result;
        }
    }

    private String home(RequestPostProcessor who, Browsing session) throws Exception {
        return session.keep(this.mvc
                        .perform(session.with(get("/").with(who)))
                        .andExpect(status().isOk())
                        .andReturn())
                .getResponse()
                .getContentAsString();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return this.mvc
                .perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long follows() {
        return this.jdbc
                .sql("select count(*) from follow where username = ?")
                .param(this.username)
                .query(Long.class)
                .single();
    }

    private long option(long issue, String key, String label, int rank) {
        return id(
                "insert into stance_option (issue_id, option_key, label, colour, rank) values (?, ?, ?, '#336699', ?) returning id",
                issue,
                key,
                label,
                rank);
    }

    private void position(long issue, String actor, long option, LocalDate from, String recordedAt) {
        this.jdbc
                .sql(
                        "insert into position (issue_id, actor_id, option_id, valid_from, source, recorded_by, recorded_at)"
                                + " values (?, (select id from actor where code = ?), ?, ?, 'Daily update', 'carol', "
                                + recordedAt + ")")
                .params(issue, actor, option, from)
                .update();
    }

    private void note(String title, String visibility, String publishedAt) {
        this.jdbc
                .sql(
                        "insert into note (process_id, note_date, title, author, body, excerpt, visibility, status, published_at, created_at)"
                                + " values (?, date '2018-03-12', ?, 'carol', 'Text.', 'Text.', ?, 'PUBLISHED', "
                                + publishedAt + ", " + publishedAt + ")")
                .params(this.processId, title, visibility)
                .update();
    }

    private long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
