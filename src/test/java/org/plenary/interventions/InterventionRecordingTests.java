package org.plenary.interventions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Interventions recorded through the quick form: names resolved at the date, the day taken from the meeting, the
 * evidence required (a field message, never a 500), a statement on behalf of a group checked against its members and
 * spokespersons (a warning, not a refusal), the form pre-filled from a note and a link's parameters, edits
 * version-checked (409 keeping the input), deletes; viewers read but do not write.
 */
@PlenaryIntegrationTest
class InterventionRecordingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    InterventionsFixture fx;

    @BeforeEach
    void process() {
        this.fx = new InterventionsFixture(this.jdbc);
    }

    @Test
    void an_intervention_is_recorded_with_its_group_and_shown() throws Exception {
        long note = this.fx.note(this.mvc, "Day 4", "Austria, on behalf of the EU 27, welcomed the review.");
        long id = this.fx.recorded(
                this.mvc,
                "speaker",
                "Austria",
                "onBehalfOf",
                "EU27",
                "meetingId",
                String.valueOf(this.fx.openMeeting),
                "kind",
                "supports",
                "textPart",
                "Follow-up and review",
                "summary",
                "Welcomed a strong review forum.",
                "quote",
                "a review that matters",
                "noteId",
                String.valueOf(note));

        assertThat(this.jdbc
                        .sql(
                                "select spoken_on::text || ' ' || created_by || ' ' || kind from intervention where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("2018-03-15 coordinator SUPPORTS");
        String html = page("/processes/" + this.fx.slug + "/interventions/" + id, null);
        assertThat(html)
                .contains("Austria")
                .contains("EU 27")
                .contains("supports")
                .contains("Welcomed a strong review forum.")
                .contains("Follow-up and review")
                .contains("Day 4")
                .doesNotContain("class=\"warning\"");
        assertThat(this.jdbc
                        .sql("select username from audit_entry where entity_type = 'Intervention' and entity_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("coordinator");
    }

    @Test
    void a_refused_form_answers_400_with_field_messages() throws Exception {
        assertThat(refused(
                        "speaker",
                        "Atlantis",
                        "spokenOn",
                        "2018-03-15",
                        "kind",
                        "statement",
                        "summary",
                        "",
                        "source",
                        ""))
                .contains("Write what was said, in a sentence.");
        assertThat(refused(
                        "speaker",
                        "Atlantis",
                        "spokenOn",
                        "2018-03-15",
                        "kind",
                        "statement",
                        "summary",
                        "Said things."))
                .contains("Give the evidence");
        assertThat(refused(
                        "speaker",
                        "Atlantis",
                        "spokenOn",
                        "2018-03-15",
                        "kind",
                        "statement",
                        "summary",
                        "Said things.",
                        "source",
                        "ENB"))
                .contains("&quot;Atlantis&quot; is not a known actor.");
        assertThat(refused(
                        "speaker",
                        "Norway",
                        "onBehalfOf",
                        "Austria",
                        "spokenOn",
                        "2018-03-15",
                        "kind",
                        "shouted",
                        "summary",
                        "x",
                        "source",
                        "ENB"))
                .contains("Choose what kind of intervention it was.");
        assertThat(refused(
                        "speaker",
                        "Norway",
                        "onBehalfOf",
                        "Austria",
                        "spokenOn",
                        "2018-03-15",
                        "kind",
                        "statement",
                        "summary",
                        "x",
                        "source",
                        "ENB"))
                .contains("&quot;Austria&quot; is not a group.");
        assertThat(refused(
                        "speaker",
                        "Norway",
                        "spokenOn",
                        "2018-03-14",
                        "meetingId",
                        String.valueOf(this.fx.openMeeting),
                        "kind",
                        "statement",
                        "summary",
                        "x",
                        "source",
                        "ENB"))
                .contains("The meeting was on 15 March 2018.");
        refused("speaker", "Norway", "spokenOn", "yesterday", "kind", "statement", "summary", "x", "source", "ENB");
        refused(
                "speaker",
                "Norway",
                "spokenOn",
                "2018-03-15",
                "kind",
                "statement",
                "summary",
                "x",
                "noteId",
                "999999999");
        assertThat(this.jdbc
                        .sql("select count(*) from intervention where process_id = ?")
                        .param(this.fx.processId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_speaker_who_is_not_a_member_nor_the_spokesperson_is_recorded_with_a_warning() throws Exception {
        long hungary = this.fx.recorded(
                this.mvc,
                "speaker",
                "Hungary",
                "onBehalfOf",
                "EU 27",
                "spokenOn",
                "2018-03-15",
                "kind",
                "statement",
                "summary",
                "Spoke for the group.",
                "source",
                "ENB");
        String html = page("/processes/" + this.fx.slug + "/interventions/" + hungary, "viewer");
        assertThat(html)
                .contains("Hungary is not a member of EU 27 on 15 March 2018")
                .contains("Hungary is not named to speak for EU 27 on 15 March 2018 (its spokesperson: Austria)");

        long italy = this.fx.recorded(
                this.mvc,
                "speaker",
                "Italy",
                "onBehalfOf",
                "EU 27",
                "spokenOn",
                "2018-03-15",
                "kind",
                "statement",
                "summary",
                "Spoke for the group.",
                "source",
                "ENB");
        html = page("/processes/" + this.fx.slug + "/interventions/" + italy + "/edit", "coordinator");
        assertThat(html).doesNotContain("is not a member of").contains("Italy is not named to speak for EU 27");
    }

    @Test
    void the_form_is_prefilled_from_a_note_and_a_link() throws Exception {
        long note =
                this.fx.note(this.mvc, "Day 4 groups", "Comoros, for the African Group, said the text lacks balance.");
        String html = page(
                "/processes/" + this.fx.slug + "/interventions/new?note=" + note
                        + "&actor=COM&onBehalfOf=AFRICAN-GROUP&kind=opposes&quote=lacks_balance&summary=Said_it_lacks_balance",
                "coordinator");
        assertThat(html)
                .contains("value=\"Comoros\"")
                .contains("value=\"African Group\"")
                .contains("value=\"2018-03-15\"")
                .contains("Day 4 groups")
                .contains(">lacks_balance</textarea>")
                .containsPattern("<option value=\"opposes\" selected=\"selected\"");
        this.mvc
                .perform(get("/processes/" + this.fx.slug + "/interventions/new")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        this.mvc
                .perform(this.fx
                        .record(
                                "speaker",
                                "Norway",
                                "spokenOn",
                                "2018-03-15",
                                "kind",
                                "statement",
                                "summary",
                                "x",
                                "source",
                                "ENB")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_stale_edit_shows_the_conflict_page_keeping_the_input_and_delete_is_versioned() throws Exception {
        long id = this.fx.recorded(
                this.mvc,
                "speaker",
                "Norway",
                "spokenOn",
                "2018-03-15",
                "kind",
                "statement",
                "summary",
                "First summary.",
                "source",
                "ENB");
        this.mvc.perform(edit(id, "Second summary.", 0)).andExpect(status().is3xxRedirection());
        String html = this.mvc
                .perform(edit(id, "My lost summary.", 0))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("My lost summary.").contains("Second summary.");

        this.mvc
                .perform(post("/processes/" + this.fx.slug + "/interventions/" + id + "/delete")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict());
        this.mvc
                .perform(post("/processes/" + this.fx.slug + "/interventions/" + id + "/delete")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select count(*) from intervention where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(
            long id, String summary, long version) {
        return post("/processes/" + this.fx.slug + "/interventions/" + id + "/edit")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf())
                .param("speaker", "Norway")
                .param("spokenOn", "2018-03-15")
                .param("kind", "statement")
                .param("summary", summary)
                .param("source", "ENB")
                .param("version", String.valueOf(version));
    }

    private String page(String url, String username) throws Exception {
        var request = get(url);
        if (username != null) {
            request.with(user(username).roles(username.equals("coordinator") ? "COORDINATOR" : "VIEWER"));
        }
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The quick form's POST with these fields (name/value pairs), refused: the page it answers with 400. */
    private String refused(String... fields) throws Exception {
        return this.mvc
                .perform(this.fx.record(fields))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
