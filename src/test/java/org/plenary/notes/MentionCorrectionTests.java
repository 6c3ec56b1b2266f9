package org.plenary.notes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator corrects the names a note links, against the real reference data: "not this actor" unlinks a wrong
 * mention from the note and the actor's page, "link a name" links a missed one in both, both survive an edit of the
 * note, are audited, and bad requests are refused with a message (nothing saved, the note untouched). The note page
 * and the actor page run the same statements with corrections as without.
 */
@PlenaryIntegrationTest
class MentionCorrectionTests {

    static final String BODY = "Georgia Smith of IOM opened. Korea asked for the floor; Chad agreed with Korea.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_wrong_mention_is_unlinked_and_a_missed_one_linked_and_both_survive_an_edit() throws Exception {
        NotesFixture f = new NotesFixture(this.jdbc);
        long note = f.publish(this.mvc, "Corrections " + f.suffix, BODY, "PUBLIC", null);
        String before = page(note);
        assertThat(before).contains("<a href=\"/actors/GEO\" class=\"mention\">Georgia</a>");
        assertThat(before).doesNotContain("/actors/KOR");
        assertThat(actorPage("GEO")).contains("Corrections " + f.suffix);
        long version = version(note);

        correct(note, "/mentions/remove", "Georgia", "GEO")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notes/" + note + "#mentions"))
                .andExpect(flash().attribute("flash", "mention.unlinked"));
        correct(note, "/mentions", "Korea", "KOR")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "mention.linked"));

        String after = page(note);
        assertThat(after).doesNotContain("href=\"/actors/GEO\" class=\"mention\"");
        assertThat(after).contains("<a href=\"/actors/KOR\" class=\"mention\">Korea</a>");
        assertThat(after.split("/actors/KOR\" class=\"mention\"", -1)).hasSize(3); // both places
        assertThat(after).contains("<a href=\"/actors/TCD\" class=\"mention\">Chad</a>");
        assertThat(actorPage("GEO")).doesNotContain("Corrections " + f.suffix);
        assertThat(actorPage("KOR")).contains("Corrections " + f.suffix);
        assertThat(version(note))
                .as("a correction leaves the note's text and version alone")
                .isEqualTo(version);

        // An edit of the note keeps both corrections: they name words, not places.
        this.mvc
                .perform(post("/notes/" + note + "/edit")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", NotesFixture.D12.toString())
                        .param("title", "Corrections " + f.suffix)
                        .param("body", "Chad first. " + BODY + " Georgia Smith closed.")
                        .param("tags", "labour")
                        .param("visibility", "PUBLIC")
                        .param("version", Long.toString(version))
                        .param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        String edited = page(note);
        assertThat(edited).doesNotContain("href=\"/actors/GEO\" class=\"mention\"");
        assertThat(edited).contains("<a href=\"/actors/KOR\" class=\"mention\">Korea</a>");
        assertThat(mentions(note, "GEO")).isZero();
        assertThat(mentions(note, "KOR")).isEqualTo(2);

        // "Link again" (an ADD of the pair unlinked) restores it; the same correction twice is one row.
        correct(note, "/mentions", "Georgia", "GEO").andExpect(status().is3xxRedirection());
        correct(note, "/mentions", "Georgia", "GEO").andExpect(status().is3xxRedirection());
        assertThat(mentions(note, "GEO")).isEqualTo(2);
        assertThat(this.jdbc
                        .sql("select count(*) from note_mention_correction where note_id = ?")
                        .param(note)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // Audited under the coordinator who corrected.
        assertThat(this.jdbc.sql("""
								select count(*) from audit_entry e join audit_request r on r.id = e.request_id
								where e.entity_type = 'NoteMentionCorrection' and r.username = 'olga'
								""").query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    /** who | path | words | actor | expected status | the field message the page shows (empty: none) */
    @ParameterizedTest(name = "{0} {1} \"{2}\" {3} -> {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "olga|/mentions|Nowhere|KOR|400|does not stand in this note as written",
                "olga|/mentions|korea|KOR|400|does not stand in this note as written",
                "olga|/mentions|Kor|KOR|400|does not stand in this note as written",
                "olga|/mentions|'  '|KOR|400|Type the words of the note to link.",
                "olga|/mentions|Korea|ZZZ|400|Pick the actor the words stand for.",
                "olga|/mentions|Korea||400|Pick the actor the words stand for.",
                "olga|/mentions/remove|Chad|KOR|400|is not linked to",
                "olga|/mentions/remove|Nowhere|TCD|400|does not stand in this note as written",
                "vera|/mentions|Korea|KOR|403|",
                "vera|/mentions/remove|Chad|TCD|403|",
                "anonymous|/mentions|Korea|KOR|302|",
            })
    void bad_corrections_are_refused_with_a_message_and_nothing_is_saved(
            String who, String path, String words, String actor, int expected, String message) throws Exception {
        NotesFixture f = new NotesFixture(this.jdbc);
        long note = f.publish(this.mvc, "Refusals " + f.suffix, BODY, "PUBLIC", null);
        long version = version(note);
        MockHttpServletRequestBuilder request = post("/notes/" + note + path)
                .with(csrf())
                .param("written", (words != null) ? words : "")
                .param("actor", (actor != null) ? actor : "");
        request = switch (who) {
            case "anonymous" -> request.with(anonymous());
            case "vera" -> request.with(user("vera").roles("VIEWER"));
            default -> request.with(user(who).roles("COORDINATOR"));
        };
        String page = this.mvc
                .perform(request)
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
        if (message != null) {
            assertThat(page).contains(message).contains("class=\"error-summary\"");
            // the user's words are kept in the form
            if (path.equals("/mentions") && words != null && !words.isBlank()) {
                assertThat(page).contains("value=\"" + words + "\"");
            }
        }
        assertThat(this.jdbc
                        .sql("select count(*) from note_mention_correction where note_id = ?")
                        .param(note)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(version(note)).isEqualTo(version);
        assertThat(mentions(note, "TCD")).isEqualTo(1);
    }

    @Test
    void a_coordinator_who_may_not_see_a_draft_gets_404_and_no_500_for_an_unknown_note() throws Exception {
        NotesFixture f = new NotesFixture(this.jdbc);
        this.mvc.perform(f.write("carol", "Draft " + f.suffix, BODY, "PUBLIC", "draft"));
        long draft = this.jdbc
                .sql("select id from note where title = ?")
                .param("Draft " + f.suffix)
                .query(Long.class)
                .single();
        correct(draft, "/mentions", "Korea", "KOR", "olga").andExpect(status().isNotFound());
        correct(draft, "/mentions", "Korea", "KOR", "carol").andExpect(status().is3xxRedirection());
        correct(999_999_999L, "/mentions", "Korea", "KOR", "olga").andExpect(status().isNotFound());
    }

    @Test
    void the_note_page_and_the_actor_page_run_the_same_statements_with_corrections() throws Exception {
        NotesFixture f = new NotesFixture(this.jdbc);
        long note = f.publish(this.mvc, "Counted " + f.suffix, BODY, "PUBLIC", null);
        int[] before = {count("/notes/" + note, "olga"), count("/notes/" + note, null), count("/actors/TCD", null)};
        correct(note, "/mentions/remove", "Georgia", "GEO").andExpect(status().is3xxRedirection());
        correct(note, "/mentions", "Korea", "KOR").andExpect(status().is3xxRedirection());
        correct(note, "/mentions", "Smith", "GEO").andExpect(status().is3xxRedirection());
        int[] after = {count("/notes/" + note, "olga"), count("/notes/" + note, null), count("/actors/TCD", null)};
        assertThat(after).containsExactly(before);
    }

    private int count(String url, String coordinator) throws Exception {
        this.mvc.perform(get(url).with(anonymous())); // warm caches
        StatementCounter.reset();
        this.mvc
                .perform(get(url).with((coordinator != null) ? user(coordinator).roles("COORDINATOR") : anonymous()))
                .andExpect(status().isOk());
        return StatementCounter.count();
    }

    private ResultActions correct(long note, String path, String words, String actor) throws Exception {
        return correct(note, path, words, actor, "olga");
    }

    private ResultActions correct(long note, String path, String words, String actor, String who) throws Exception {
        return this.mvc.perform(post("/notes/" + note + path)
                .with(user(who).roles("COORDINATOR"))
                .with(csrf())
                .param("written", words)
                .param("actor", actor));
    }

    private String page(long note) throws Exception {
        return this.mvc
                .perform(get("/notes/" + note).with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String actorPage(String code) throws Exception {
        return this.mvc
                .perform(get("/actors/" + code).with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long version(long note) {
        return this.jdbc
                .sql("select version from note where id = ?")
                .param(note)
                .query(Long.class)
                .single();
    }

    private long mentions(long note, String code) {
        return this.jdbc
                .sql(
                        "select count(*) from note_mention m join actor a on a.id = m.actor_id where m.note_id = ? and a.code = ?")
                .params(note, code)
                .query(Long.class)
                .single();
    }
}
