package org.plenary.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editor: a 60 KB brief saves and renders, the preview is the page's renderer, every save is a revision and the
 * history shows the words changed between any two, a stale save gets the conflict page with the user's text kept,
 * and the hot pages run a fixed number of SQL statements whatever the number of notes.
 */
@PlenaryIntegrationTest
class NoteEditorTests {

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
    void a_sixty_kilobyte_brief_saves_and_renders_on_every_page() throws Exception {
        String seed = seedBriefs();
        StringBuilder body = new StringBuilder("| State | Stance |\n|---|---|\n| Brazil | human rights |\n\n");
        while (body.length() < 60_000) {
            body.append(seed, 0, Math.min(seed.length(), 60_000 - body.length() + 2000));
        }
        assertThat(body.length()).isGreaterThanOrEqualTo(60_000);
        long id = this.f.publish(this.mvc, "Long brief", body.toString(), "PUBLIC", null);

        String page = read("/notes/" + id);
        assertThat(page).contains("<table>").contains("Line up:").contains("Hungarian foreign minister");
        assertThat(read("/notes/" + id + "/print")).contains("Hungarian foreign minister");
        assertThat(read("/processes/" + this.f.slug + "/notes/days/2018-03-12")).contains("Hungarian foreign minister");
        assertThat(this.jdbc
                        .sql("select length(body) from note where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(body.toString().replace("\r\n", "\n").length());
    }

    @Test
    void the_preview_is_the_note_page_renderer() throws Exception {
        String preview = this.mvc
                .perform(post("/notes/preview")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param(
                                "body",
                                "**Brazil** spoke ~~twice~~ once: https://example.org <script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("<strong><a href=\"/actors/BRA\" class=\"mention\">Brazil</a></strong>")
                .contains("<del>twice</del>")
                .contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">")
                .doesNotContain("<script");
        this.mvc
                .perform(post("/notes/preview")
                        .with(user("vera").roles("VIEWER"))
                        .with(csrf())
                        .param("body", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void every_save_is_a_revision_and_the_history_shows_the_words_changed() throws Exception {
        long id = this.f.publish(this.mvc, "Day one", "Brazil spoke for the group.\n\nJapan objected.", "PUBLIC", null);
        edit(id, 0, "Day one, corrected", "Brazil spoke for its group.\n\nJapan objected.", "publish")
                .andExpect(status().is3xxRedirection());
        edit(id, 1, "Day one, corrected", "Brazil spoke for its group.\n\nJapan objected firmly.", "publish")
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select count(*) from note_revision where note_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        String latest = this.mvc
                .perform(get("/notes/" + id + "/history").with(user("olga").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(latest).containsPattern("<ins>\\s*firmly</ins>").doesNotContainPattern("<del>\\s*the\\s*</del>");
        String firstToLast = this.mvc
                .perform(get("/notes/" + id + "/history")
                        .param("from", "1")
                        .param("to", "3")
                        .with(user("olga").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(firstToLast)
                .containsPattern("<del>\\s*the\\s*</del>")
                .containsPattern("<ins>\\s*its\\s*</ins>")
                .containsPattern("<ins>\\s*firmly</ins>")
                .containsPattern("<ins>,? ?corrected</ins>");
        // Readers do not see the history: earlier saves may hold what was taken out.
        this.mvc
                .perform(get("/notes/" + id + "/history").with(user("vera").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_stale_save_gets_the_conflict_page_with_the_users_text_kept() throws Exception {
        long id = this.f.publish(this.mvc, "Day two", "Mexico described its visa programme.", "MEMBERS", null);
        edit(id, 0, "Day two", "Mexico described its humanitarian visa programme.", "publish")
                .andExpect(status().is3xxRedirection());

        String conflict = edit(
                        id, 0, "Day two (mine)", "Mexico praised its visa programme as a best practice.", "publish")
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(conflict)
                .contains("Someone else saved")
                .contains("Mexico praised its visa programme as a best practice.")
                .contains("Day two (mine)")
                .containsPattern("<ins>\\s*praised");
        assertThat(this.jdbc
                        .sql("select body from note where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Mexico described its humanitarian visa programme.");
        // The form now carries the saved version: saving again keeps the user's text.
        assertThat(conflict).contains("name=\"version\" value=\"1\"");
    }

    @Test
    void bad_input_gets_field_messages_never_a_server_error() throws Exception {
        String page = this.mvc
                .perform(this.f.write("carol", "", "", "MEMBERS", "publish"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("A note needs a title.");
        this.mvc
                .perform(post("/processes/" + this.f.slug + "/notes/new")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", "2018-03-13")
                        .param("meetingId", Long.toString(this.f.openMeeting))
                        .param("title", "Wrong day")
                        .param("body", "Text")
                        .param("visibility", "MEMBERS")
                        .param("action", "publish"))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(this.f
                        .write("carol", "Bad round", "Text", "MEMBERS", "publish")
                        .param("roundId", "999999999"))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(get("/processes/" + this.f.slug + "/notes/days/not-a-date"))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(this.f.write("carol", "Bad visibility", "Text", "EVERYONE", "publish"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_note_belongs_to_the_round_and_day_of_its_meeting_and_the_filters_find_it() throws Exception {
        long id = this.f.publish(this.mvc, "Plenary brief", "Words.", "PUBLIC", this.f.openMeeting);
        assertThat(this.jdbc
                        .sql("select round_id, round_day_id from note where id = ?")
                        .param(id)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .single())
                .containsExactly(this.f.roundId, this.f.dayId);
        String base = "/processes/" + this.f.slug + "/notes";
        assertThat(read(base + "?tag=labour")).contains("Plenary brief");
        assertThat(read(base + "?tag=climate")).doesNotContain("Plenary brief");
        assertThat(read(base + "?round=" + this.f.roundId + "&author=carol&day=2018-03-12"))
                .contains("Plenary brief");
        assertThat(read(base + "?author=olga")).doesNotContain("Plenary brief");
    }

    @Test
    void the_list_the_day_and_the_note_page_run_a_fixed_number_of_statements() throws Exception {
        for (int i = 0; i < 3; i++) {
            this.f.publish(this.mvc, "Brief " + i, "Text " + i, "PUBLIC", (i % 2 == 0) ? this.f.openMeeting : null);
        }
        long one = this.f.publish(this.mvc, "The one", "Text.", "PUBLIC", this.f.openMeeting);
        int[] before = counts(one);
        for (int i = 0; i < 4; i++) {
            this.f.publish(this.mvc, "More " + i, "Text " + i, "PUBLIC", null);
        }
        int[] after = counts(one);
        assertThat(after).containsExactly(before);
        assertThat(before[0]).isLessThanOrEqualTo(6);
        assertThat(before[1]).isLessThanOrEqualTo(4);
        // the note page: 6, and 1 for the interventions recorded from it (#8, added by interventions.web)
        assertThat(before[2]).isLessThanOrEqualTo(7);
    }

    private int[] counts(long note) throws Exception {
        StatementCounter.reset();
        read("/processes/" + this.f.slug + "/notes");
        int list = StatementCounter.count();
        StatementCounter.reset();
        read("/processes/" + this.f.slug + "/notes/days/2018-03-12");
        int day = StatementCounter.count();
        StatementCounter.reset();
        read("/notes/" + note);
        int page = StatementCounter.count();
        return new int[] {list, day, page};
    }

    private org.springframework.test.web.servlet.ResultActions edit(
            long id, long version, String title, String body, String action) throws Exception {
        return this.mvc.perform(post("/notes/" + id + "/edit")
                .with(user("carol").roles("COORDINATOR"))
                .with(csrf())
                .param("date", "2018-03-12")
                .param("title", title)
                .param("body", body)
                .param("tags", "labour")
                .param("visibility", "MEMBERS")
                .param("version", Long.toString(version))
                .param("action", action));
    }

    private String read(String url) throws Exception {
        return this.mvc
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String seedBriefs() throws IOException {
        try (InputStream in = NoteEditorTests.class.getResourceAsStream("/seeds/round2-daily-updates.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
