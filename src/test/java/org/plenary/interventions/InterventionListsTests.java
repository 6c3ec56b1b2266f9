package org.plenary.interventions;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where interventions are read: the state's page (what it said, for whom), the group's page (what was said on its
 * behalf, by whom), the note they came from, the day's notes (by meeting), a paragraph's history and the API (filters,
 * pages, 400 on bad parameters); the Chatham House rule for anonymous readers everywhere; and a fixed number of SQL
 * statements per page whatever the number of interventions.
 */
@PlenaryIntegrationTest
class InterventionListsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RevisionImport importer;

    InterventionsFixture fx;

    @BeforeEach
    void process() {
        this.fx = new InterventionsFixture(this.jdbc);
    }

    @Test
    void a_state_page_lists_what_it_said_and_a_group_page_what_was_said_on_its_behalf() throws Exception {
        String summary = "Welcomed the review " + this.fx.suffix;
        record("Austria", "EU 27", summary, null);

        assertThat(read("/actors/AUT", null)).contains(summary).contains("on behalf of");
        String group = read("/groups/EU27", null);
        assertThat(group).contains("Said on its behalf").contains(summary).contains(">Austria</a>");
        assertThat(read("/processes/" + this.fx.slug + "/interventions?group=EU27", null))
                .contains(summary);
        assertThat(read("/processes/" + this.fx.slug + "/interventions?actor=NOR", null))
                .doesNotContain(summary)
                .contains("No interventions match.");
    }

    @Test
    void the_note_the_day_and_the_paragraph_history_list_them_with_empty_states() throws Exception {
        long note = this.fx.note(this.mvc, "Day 4 " + this.fx.suffix, "Norway spoke.");
        assertThat(read("/notes/" + note, null)).contains("No interventions recorded from this note yet.");
        assertThat(read("/processes/" + this.fx.slug + "/notes/days/2018-03-15", null))
                .contains("No interventions recorded on this day.");

        List<RevisionRow> revisions = DraftFixtures.importDemo(this.importer, this.fx.slug);
        Long node = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '2. This draft compact rests%'")
                .param(revisions.get(1).id())
                .query(Long.class)
                .single();
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where id = ?")
                .param(node)
                .query(Long.class)
                .single();
        assertThat(read("/drafts/" + this.fx.slug + "/paragraphs/" + lineage, "viewer"))
                .contains("No interventions recorded about this paragraph.");

        this.fx.recorded(
                this.mvc,
                "speaker",
                "Norway",
                "meetingId",
                String.valueOf(this.fx.openMeeting),
                "kind",
                "opposes",
                "nodeId",
                String.valueOf(node),
                "summary",
                "Could not accept firewalls " + this.fx.suffix,
                "noteId",
                String.valueOf(note));
        record("Austria", "EU 27", "Group statement " + this.fx.suffix, null);

        assertThat(read("/notes/" + note, null))
                .contains("Interventions recorded from this note")
                .contains("Could not accept firewalls " + this.fx.suffix)
                .doesNotContain("Group statement " + this.fx.suffix);
        String day = read("/processes/" + this.fx.slug + "/notes/days/2018-03-15", null);
        assertThat(day).contains("Interventions of the day").contains("Morning plenary");
        assertThat(day.indexOf("Group statement " + this.fx.suffix))
                .isLessThan(day.indexOf("Could not accept firewalls " + this.fx.suffix));
        assertThat(read("/drafts/" + this.fx.slug + "/paragraphs/" + lineage, "viewer"))
                .contains("What was said about this paragraph")
                .contains("Could not accept firewalls " + this.fx.suffix)
                .contains("Zero Draft Plus");
        this.mvc
                .perform(get("/api/v1/processes/" + this.fx.slug + "/interventions")
                        .param("paragraph", lineage.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.interventions[0].actor").value("NOR"))
                .andExpect(jsonPath("$.interventions[0].kind").value("opposes"))
                .andExpect(jsonPath("$.interventions[0].paragraph").value(lineage));
    }

    @Test
    void chatham_house_hides_the_speaker_from_anonymous_readers_on_pages_and_the_api() throws Exception {
        String secret = "Closed-door remark " + this.fx.suffix;
        long id = record("Ecuador", "", secret, this.fx.chathamMeeting);

        String day = read("/processes/" + this.fx.slug + "/notes/days/2018-03-15", null);
        assertThat(day)
                .contains(secret)
                .contains("A delegation (Chatham House rule)")
                .doesNotContain("Ecuador");
        String page = read("/processes/" + this.fx.slug + "/interventions/" + id, null);
        assertThat(page).contains(secret).doesNotContain("Ecuador");
        assertThat(read("/actors/ECU", null)).doesNotContain(secret);
        assertThat(read("/processes/" + this.fx.slug + "/interventions?actor=ECU", null))
                .doesNotContain(secret);
        this.mvc
                .perform(get("/api/v1/processes/" + this.fx.slug + "/interventions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));

        assertThat(read("/actors/ECU", "viewer")).contains(secret);
        assertThat(read("/processes/" + this.fx.slug + "/interventions/" + id, "viewer"))
                .contains("Ecuador");
        this.mvc
                .perform(get("/api/v1/processes/" + this.fx.slug + "/interventions")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.interventions[0].actor").value("ECU"))
                .andExpect(jsonPath("$.interventions[0].actorName").value("Ecuador"));
    }

    @Test
    void the_api_filters_pages_and_refuses_bad_parameters() throws Exception {
        for (int i = 0; i < 27; i++) {
            record("Norway", "", "Norwegian remark " + i, null);
        }
        record("Austria", "EU 27", "EU remark", null);
        String api = "/api/v1/processes/" + this.fx.slug + "/interventions";
        this.mvc
                .perform(get(api))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(28))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.interventions.length()").value(25))
                .andExpect(jsonPath("$.interventions[0].date").value("2018-03-15"))
                .andExpect(jsonPath("$.interventions[0].meeting").isEmpty());
        this.mvc
                .perform(get(api).param("page", "2"))
                .andExpect(jsonPath("$.interventions.length()").value(3));
        this.mvc
                .perform(get(api).param("actor", "NOR")
                        .param("from", "2018-03-15")
                        .param("to", "2018-03-15"))
                .andExpect(jsonPath("$.total").value(27));
        this.mvc
                .perform(get(api).param("group", "EU27"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.interventions[0].actor").value("AUT"))
                .andExpect(jsonPath("$.interventions[0].actorName").value("Austria"))
                .andExpect(jsonPath("$.interventions[0].onBehalfOf").value("EU27"))
                .andExpect(jsonPath("$.interventions[0].summary").value("EU remark"));
        this.mvc
                .perform(get(api).param("to", "2018-03-14"))
                .andExpect(jsonPath("$.total").value(0));
        this.mvc
                .perform(get(api).param("from", "15/03/2018"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a date")));
        this.mvc
                .perform(get(api).param("actor", "ATLANTIS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no actor with the code")));
        this.mvc.perform(get(api).param("paragraph", "13a")).andExpect(status().isBadRequest());
        this.mvc.perform(get(api).param("page", "0")).andExpect(status().isBadRequest());
        this.mvc
                .perform(get(api).param("from", "2018-03-16").param("to", "2018-03-15"))
                .andExpect(status().isBadRequest());
        this.mvc.perform(get("/api/v1/processes/nope/interventions")).andExpect(status().isNotFound());
    }

    @Test
    void pages_run_a_fixed_number_of_statements() throws Exception {
        long note = this.fx.note(this.mvc, "Day 4 " + this.fx.suffix, "Norway and Austria spoke.");
        recordFromNote("Norway", "", "First " + this.fx.suffix, note);
        int[] one = counts(note);
        for (int i = 0; i < 6; i++) {
            recordFromNote(i % 2 == 0 ? "Austria" : "Norway", i % 2 == 0 ? "EU 27" : "", "More " + i, note);
        }
        int[] seven = counts(note);
        assertThat(seven).containsExactly(one);
        // note page: 6 of the notes module (NoteEditorTests) + 5 for its interventions (the query, actors, meetings,
        // note titles, processes); the day: 4 + 5; the list: 2 + 5; the API: 2 + 5.
        assertThat(one[0]).isLessThanOrEqualTo(11);
        assertThat(one[1]).isLessThanOrEqualTo(9);
        assertThat(one[2]).isLessThanOrEqualTo(8);
        assertThat(one[3]).isLessThanOrEqualTo(7);
    }

    private int[] counts(long note) throws Exception {
        StatementCounter.reset();
        read("/notes/" + note, null);
        int notePage = StatementCounter.count();
        StatementCounter.reset();
        read("/processes/" + this.fx.slug + "/notes/days/2018-03-15", null);
        int day = StatementCounter.count();
        StatementCounter.reset();
        read("/processes/" + this.fx.slug + "/interventions", null);
        int list = StatementCounter.count();
        StatementCounter.reset();
        this.mvc
                .perform(get("/api/v1/processes/" + this.fx.slug + "/interventions"))
                .andExpect(status().isOk());
        int api = StatementCounter.count();
        return new int[] {notePage, day, list, api};
    }

    private long record(String speaker, String group, String summary, Long meeting) throws Exception {
        return this.fx.recorded(
                this.mvc,
                "speaker",
                speaker,
                "onBehalfOf",
                group,
                "spokenOn",
                "2018-03-15",
                "meetingId",
                (meeting != null) ? meeting.toString() : "",
                "kind",
                "statement",
                "summary",
                summary,
                "source",
                "ENB, 15 March 2018");
    }

    private long recordFromNote(String speaker, String group, String summary, long note) throws Exception {
        return this.fx.recorded(
                this.mvc,
                "speaker",
                speaker,
                "onBehalfOf",
                group,
                "meetingId",
                String.valueOf(this.fx.openMeeting),
                "kind",
                "supports",
                "summary",
                summary,
                "noteId",
                String.valueOf(note));
    }

    private String read(String url, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (username != null) {
            request.with(user(username).roles("VIEWER"));
        }
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
