package org.plenary.notes;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which note, on the list, the day view, the note page and the print view: anonymous readers public notes,
 * signed-in readers members' notes too, coordinators all published notes, and a draft only its author. The Chatham
 * House rule: a note on such a meeting cannot be public (the form says so on the field), and a meeting that comes
 * under the rule takes its public notes down to members, audited.
 */
@PlenaryIntegrationTest
class NoteVisibilityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    NotesFixture f;

    @BeforeEach
    void setUp() {
        this.f = new NotesFixture(this.jdbc);
    }

    @Test
    void each_reader_sees_exactly_the_notes_their_role_admits_on_every_page() throws Exception {
        long open = this.f.publish(this.mvc, "Public brief", "Open words.", "PUBLIC", null);
        long members = this.f.publish(this.mvc, "Members brief", "Members words.", "MEMBERS", null);
        long coordinators = this.f.publish(this.mvc, "Coordinators brief", "Inner words.", "COORDINATORS", null);
        String draftLocation = this.mvc
                .perform(this.f.write("carol", "Draft brief", "Unfinished words.", "PUBLIC", "draft"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long draft = Long.parseLong(draftLocation.substring("/notes/".length()));

        RequestPostProcessor nobody = anonymous();
        RequestPostProcessor viewer = user("vera").roles("VIEWER");
        RequestPostProcessor otherCoordinator = user("olga").roles("COORDINATOR");
        RequestPostProcessor author = user("carol").roles("COORDINATOR");

        expectSees(nobody, open, members, coordinators, draft, true, false, false, false);
        expectSees(viewer, open, members, coordinators, draft, true, true, false, false);
        expectSees(otherCoordinator, open, members, coordinators, draft, true, true, true, false);
        expectSees(author, open, members, coordinators, draft, true, true, true, true);
    }

    private void expectSees(
            RequestPostProcessor who, long open, long members, long coordinators, long draft, boolean... sees)
            throws Exception {
        String list = page("/processes/" + this.f.slug + "/notes", who);
        String day = page("/processes/" + this.f.slug + "/notes/days/2018-03-12", who);
        String[] titles = {"Public brief", "Members brief", "Coordinators brief", "Draft brief"};
        long[] ids = {open, members, coordinators, draft};
        for (int i = 0; i < ids.length; i++) {
            assertThat(list.contains(titles[i])).as(titles[i] + " on the list").isEqualTo(sees[i]);
            assertThat(day.contains(titles[i]))
                    .as(titles[i] + " on the day view")
                    .isEqualTo(sees[i]);
            int expected = sees[i] ? 200 : 404;
            this.mvc.perform(get("/notes/" + ids[i]).with(who)).andExpect(status().is(expected));
            this.mvc.perform(get("/notes/" + ids[i] + "/print").with(who)).andExpect(status().is(expected));
        }
    }

    @Test
    void a_note_on_a_chatham_house_meeting_cannot_be_public() throws Exception {
        String page = this.mvc
                .perform(this.f
                        .write("carol", "Closed table notes", "What was said.", "PUBLIC", "publish")
                        .param("meetingId", Long.toString(this.f.chathamMeeting)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Chatham House rule: a note about it cannot be public");
        assertThat(page).contains("id=\"visibility-error\"");
        // The user's text is still in the form.
        assertThat(page).contains("What was said.");
        assertThat(this.jdbc
                        .sql("select count(*) from note where process_id = ?")
                        .param(this.f.processId)
                        .query(Long.class)
                        .single())
                .isZero();

        long members =
                this.f.publish(this.mvc, "Closed table notes", "What was said.", "MEMBERS", this.f.chathamMeeting);
        this.mvc.perform(get("/notes/" + members).with(anonymous())).andExpect(status().isNotFound());
        // Editing it to public is refused the same way.
        this.mvc
                .perform(post("/notes/" + members + "/edit")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", "2018-03-12")
                        .param("meetingId", Long.toString(this.f.chathamMeeting))
                        .param("title", "Closed table notes")
                        .param("body", "What was said.")
                        .param("visibility", "PUBLIC")
                        .param("version", "0")
                        .param("action", "publish"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_meeting_put_under_the_chatham_house_rule_demotes_its_public_notes_to_members_audited() throws Exception {
        long note = this.f.publish(this.mvc, "Plenary notes", "Said in the open.", "PUBLIC", this.f.openMeeting);
        long coordinatorsOnly =
                this.f.publish(this.mvc, "Inner notes", "Said in the open.", "COORDINATORS", this.f.openMeeting);
        this.mvc.perform(get("/notes/" + note).with(anonymous())).andExpect(status().isOk());

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

        assertThat(visibility(note)).isEqualTo("MEMBERS");
        assertThat(visibility(coordinatorsOnly)).isEqualTo("COORDINATORS");
        this.mvc.perform(get("/notes/" + note).with(anonymous())).andExpect(status().isNotFound());
        this.mvc
                .perform(get("/notes/" + note).with(user("vera").roles("VIEWER")))
                .andExpect(status().isOk());
        String change = this.jdbc
                .sql("""
						select e.changes::text from audit_entry e join audit_request r on r.id = e.request_id
						where e.entity_type = 'Note' and e.entity_id = ? and e.action = 'UPDATE' and r.username = 'admin'
						""")
                .param(Long.toString(note))
                .query(String.class)
                .single();
        assertThat(change).contains("PUBLIC").contains("MEMBERS");
    }

    private String visibility(long note) {
        return this.jdbc
                .sql("select visibility from note where id = ?")
                .param(note)
                .query(String.class)
                .single();
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return this.mvc
                .perform(get(url).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
