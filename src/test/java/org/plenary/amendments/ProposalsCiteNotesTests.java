package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.actors.ActorDirectory;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A proposal, and a supporter's or opponent's stand, can cite a daily note as evidence: the note gives the date, its
 * meeting and a written source naming it, and the proposal page links to it. A note of a Chatham House meeting gives
 * no written source and never makes its proponents public. A note of another process, an unknown note, a note the user
 * may not read or a draft are refused with a field message, the form keeping what was typed. Deleting the note keeps
 * the proposal.
 */
@PlenaryIntegrationTest
class ProposalsCiteNotesTests {

    static final LocalDate MARCH_14 = LocalDate.of(2018, 3, 14);

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmendmentReading reading;

    @Autowired
    ProcessCatalog processes;

    @Autowired
    ActorDirectory actors;

    String slug;

    List<RevisionRow> revisions;

    Long paragraph2;

    Long openMeeting;

    Long chathamMeeting;

    @BeforeEach
    void setUp() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
        this.paragraph2 = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '2. This draft compact rests%'")
                .param(this.revisions.get(1).id())
                .query(Long.class)
                .single();
        Long process = id("select id from process where slug = ?", this.slug);
        this.jdbc
                .sql("update process set starts_on = ?, ends_on = ? where id = ?")
                .params(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), process)
                .update();
        Long round = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                process,
                LocalDate.of(2018, 3, 12),
                LocalDate.of(2018, 3, 15));
        Long day = id("insert into round_day (round_id, day) values (?, ?) returning id", round, MARCH_14);
        this.openMeeting = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning plenary', 'PLENARY',"
                        + " '10:00') returning id",
                day);
        this.chathamMeeting = id(
                "insert into meeting (round_day_id, title, kind, chatham_house, starts_at) values (?, 'Closed table',"
                        + " 'PLENARY', true, '15:00') returning id",
                day);
    }

    @Test
    void a_proposal_cites_a_note_which_gives_its_meeting_and_source_and_is_linked() throws Exception {
        long note = note(this.slug, "Round 2, day 3", "MEMBERS", this.openMeeting, "publish");

        // The form opened from the note is pre-filled with it.
        Document form = html(get("/drafts/" + this.slug + "/amendments/new")
                .param("node", this.paragraph2.toString())
                .param("note", String.valueOf(note))
                .with(coordinator()));
        assertThat(form.select("select[name=noteId] option[selected]").val()).isEqualTo(String.valueOf(note));
        assertThat(form.select("input[name=statedOn]").val()).isEqualTo("2018-03-14");
        assertThat(form.select("select[name=meetingId] option[selected]").val())
                .isEqualTo(String.valueOf(this.openMeeting));
        assertThat(form.select("input[name=source]").val())
                .isEqualTo("Daily note, 2018-03-14: Round 2, day 3 (note " + note + ")");
        assertThat(form.select("script[src*=amendments-note]")).hasSize(1);

        // Posted with the note alone: the recorder completes meeting, date and source.
        String location = this.mvc
                .perform(proposal(this.paragraph2).param("noteId", String.valueOf(note)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        var stand = this.jdbc
                .sql("select note_id, meeting_id, stated_on, source from amendment_actor where amendment_id = ?")
                .param(id)
                .query((rs, n) ->
                        List.of(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .single();
        assertThat(stand)
                .containsExactly(
                        note, this.openMeeting, MARCH_14, "Daily note, 2018-03-14: Round 2, day 3 (note " + note + ")");

        Document page = html(get(location).with(user("vera").roles("VIEWER")));
        assertThat(page.select("a.cited-note").attr("href")).isEqualTo("/notes/" + note);
        assertThat(page.select("a.cited-note").text()).isEqualTo("Daily note: Round 2, day 3");

        // A supporter's stand cites it too.
        this.mvc
                .perform(post(location + "/stands")
                        .with(coordinator())
                        .with(csrf())
                        .param("role", "supporter")
                        .param("speaker", "Norway")
                        .param("noteId", String.valueOf(note)))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select count(*) from amendment_actor where amendment_id = ? and note_id = ?")
                        .params(id, note)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // Deleting the note keeps the proposal and its stands, with the source that names it.
        this.jdbc.sql("delete from note where id = ?").param(note).update();
        assertThat(this.jdbc
                        .sql("select count(*) from amendment_actor where amendment_id = ? and note_id is null"
                                + " and source like 'Daily note, 2018-03-14%'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(html(get(location).with(user("vera").roles("VIEWER"))).select("a.cited-note"))
                .isEmpty();
    }

    @Test
    void a_note_of_a_chatham_house_meeting_never_makes_a_proposal_public() throws Exception {
        long note = note(this.slug, "Closed table notes", "MEMBERS", this.chathamMeeting, "publish");
        // Even with a written source typed by hand, the note's proponent is for signed-in readers only.
        for (String source : new String[] {"", "Typed by hand"}) {
            this.mvc
                    .perform(proposal(
                                    this.paragraph2,
                                    coordinator(),
                                    source.isEmpty() ? "Guatemala" : "Norway",
                                    "",
                                    source.isEmpty() ? "human rights" : "universal human rights")
                            .param("source", source)
                            .param("noteId", String.valueOf(note)))
                    .andExpect(status().is3xxRedirection());
        }
        var stand = this.jdbc
                .sql("""
						select x.meeting_id, x.source, x.quote from amendment_actor x
						join actor a on a.id = x.actor_id where x.note_id = ? and a.code = 'GTM'
						""")
                .param(note)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(stand).containsExactly(this.chathamMeeting, null, "(note " + note + ")");

        String url = "/api/v1/processes/" + this.slug + "/amendments";
        this.mvc
                .perform(get(url).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].actor").value(nullValue()))
                .andExpect(jsonPath("$[1].actor").value(nullValue()));
        this.mvc
                .perform(get(url).param("actor", "NOR").with(anonymous()))
                .andExpect(jsonPath("$.length()").value(0));
        this.mvc
                .perform(get(url).param("actor", "NOR").with(httpBasic("viewer", "plenary-demo")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].actor").value("NOR"));

        ProcessRef process = this.processes.find(this.slug).orElseThrow();
        var norway = this.actors.find("NOR").orElseThrow();
        var anonymousReader = new AnonymousAuthenticationToken(
                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(
                "vera", null, AuthorityUtils.createAuthorityList("ROLE_VIEWER"));
        assertThat(this.reading.proposedBy(process, this.revisions, this.revisions.get(1), norway, anonymousReader))
                .isEmpty();
        assertThat(this.reading.proposedBy(process, this.revisions, this.revisions.get(1), norway, signedIn))
                .hasSize(1);
        assertThat(html(get("/processes/" + this.slug + "/uptake").with(anonymous()))
                        .text())
                .doesNotContain("Norway")
                .doesNotContain("Guatemala");
    }

    @Test
    void a_note_of_another_process_unknown_unreadable_or_draft_is_refused_keeping_the_input() throws Exception {
        String other = DraftFixtures.newProcess(this.jdbc);
        this.jdbc
                .sql("update process set starts_on = ?, ends_on = ? where slug = ?")
                .params(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), other)
                .update();
        long elsewhere = note(other, "Elsewhere", "PUBLIC", null, "publish");
        long secret = note(this.slug, "For coordinators", "COORDINATORS", null, "publish");
        long draft = note(this.slug, "Not yet", "PUBLIC", null, "save");
        for (long note : new long[] {elsewhere, 999_999_999L, secret, draft}) {
            var response = this.mvc
                    .perform(proposal(this.paragraph2, user("ann").roles("ANALYST"))
                            .param("noteId", String.valueOf(note)))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse();
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select(".field-error").text())
                    .as("note %d", note)
                    .containsAnyOf(
                            "The note is not one of this process's published notes that you may read.",
                            "The note is a draft: publish it first.");
            assertThat(page.select("textarea[name=words]").text()).isEqualTo("human rights and fundamental freedoms");
            assertThat(page.select("input[name=speaker]").val()).isEqualTo("Austria");
        }
        assertThat(this.jdbc
                        .sql("select count(*) from amendment a join process p on p.id = a.process_id where p.slug = ?")
                        .param(this.slug)
                        .query(Long.class)
                        .single())
                .isZero();
        // The form opened with such a note says so.
        for (long note : new long[] {elsewhere, 999_999_999L, secret}) {
            String body = this.mvc
                    .perform(get("/drafts/" + this.slug + "/amendments/new")
                            .param("node", this.paragraph2.toString())
                            .param("note", String.valueOf(note))
                            .with(user("ann").roles("ANALYST")))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).contains("The note is not one of this process");
        }
        // A note about another meeting than the one chosen.
        long morning = note(this.slug, "Morning", "PUBLIC", this.openMeeting, "publish");
        this.mvc
                .perform(proposal(this.paragraph2)
                        .param("noteId", String.valueOf(morning))
                        .param("meetingId", this.chathamMeeting.toString()))
                .andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder proposal(Long node) {
        return proposal(node, coordinator());
    }

    private MockHttpServletRequestBuilder proposal(Long node, RequestPostProcessor by) {
        return proposal(node, by, "Austria", "EU 27", "human rights and fundamental freedoms");
    }

    private MockHttpServletRequestBuilder proposal(
            Long node, RequestPostProcessor by, String speaker, String onBehalfOf, String words) {
        return post("/drafts/" + this.slug + "/amendments/new")
                .with(by)
                .with(csrf())
                .param("nodeId", node.toString())
                .param("kind", "replace")
                .param("target", "fundamental human rights")
                .param("words", words)
                .param("speaker", speaker)
                .param("onBehalfOf", onBehalfOf);
    }

    private static RequestPostProcessor coordinator() {
        return user("carol").roles("COORDINATOR");
    }

    /** A note written through the editor by the coordinator carol, on 14 March. */
    private long note(String process, String title, String visibility, Long meeting, String action) throws Exception {
        MockHttpServletRequestBuilder request = post("/processes/" + process + "/notes/new")
                .with(user("carol").roles("COORDINATOR"))
                .with(csrf())
                .param("date", MARCH_14.toString())
                .param("title", title)
                .param("organisation", "WIMN")
                .param("body", "Austria, on behalf of the EU 27, spoke.")
                .param("visibility", visibility)
                .param("action", action);
        if (meeting != null) {
            request.param("meetingId", meeting.toString());
        }
        String location = this.mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/notes/")) {
            throw new AssertionError("The note was not saved: " + location);
        }
        return Long.parseLong(location.substring("/notes/".length()).replaceAll("[^0-9].*", ""));
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
