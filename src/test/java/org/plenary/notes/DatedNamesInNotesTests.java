package org.plenary.notes;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Names at the note's date (#7): the demo's "EU" is an alias of the EU 27 from 12 March 2018, so a note of 13 March
 * links "EU" to the EU 27 and one of 10 March to the European Union; the mentions API and the line-up parser read it
 * the same way. "Korea" and "Congo" are never resolved: the parse API and the review list their candidates.
 */
@PlenaryIntegrationTest
class DatedNamesInNotesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    NotesFixture f;

    @BeforeEach
    void setUp() {
        this.f = new NotesFixture(this.jdbc);
        this.f.id(
                "insert into issue (process_id, slug, title) values (?, 'distinction', 'Distinction') returning id",
                this.f.processId);
    }

    @ParameterizedTest(name = "a note of {0} links \"EU\" to {1}")
    @CsvSource(delimiter = '|', textBlock = """
			2018-03-10 | /groups/EU?asOf=2018-03-10
			2018-03-11 | /groups/EU?asOf=2018-03-11
			2018-03-12 | /groups/EU27?asOf=2018-03-12
			2018-03-13 | /groups/EU27?asOf=2018-03-13
			""")
    void the_note_links_eu_as_of_its_date(String date, String href) throws Exception {
        long note = publishOn(date, "The EU asked for more time; Austria agreed.\n\nLine up:\nFor\n· EU\n");
        Document page = Jsoup.parse(this.mvc
                .perform(get("/notes/" + note))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("a.mention:contains(EU)").eachAttr("href")).contains(href);
        String stored = this.jdbc
                .sql("select a.code from note_mention m join actor a on a.id = m.actor_id"
                        + " where m.note_id = ? and m.written = 'EU' order by m.start_offset limit 1")
                .param(note)
                .query(String.class)
                .single();
        assertThat("/groups/" + stored + "?asOf=" + date).isEqualTo(href);
    }

    @ParameterizedTest(name = "the APIs read \"EU\" on {0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
			2018-03-10 | EU
			2018-03-13 | EU27
			""")
    void the_mentions_and_parse_apis_read_eu_at_their_date(String date, String code) throws Exception {
        this.mvc
                .perform(post("/api/v1/mentions")
                        .param("date", date)
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("The EU spoke."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentions[0].text").value("EU"))
                .andExpect(jsonPath("$.mentions[0].code").value(code));
        this.mvc
                .perform(post("/api/v1/lineups/parse")
                        .param("date", date)
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Line up:\nFor\n· EU\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].entries[0].actors[0].code").value(code))
                .andExpect(jsonPath("$.sections[0].entries[0].unresolved").isEmpty());
    }

    @Test
    void ambiguous_names_come_back_with_their_candidates() throws Exception {
        this.mvc
                .perform(post("/api/v1/lineups/parse")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Line up:\nFor\n· Korea (firm)\n· Congo, Japan\n· Atlantis\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].entries[0].actors").isEmpty())
                .andExpect(jsonPath("$.sections[0].entries[0].unresolved[0]").value("Korea"))
                .andExpect(jsonPath("$.sections[0].entries[0].remark").value("firm"))
                .andExpect(
                        jsonPath("$.sections[0].entries[0].ambiguous[0].name").value("Korea"))
                .andExpect(jsonPath("$.sections[0].entries[0].ambiguous[0].candidates[0].code")
                        .value("PRK"))
                .andExpect(jsonPath("$.sections[0].entries[0].ambiguous[0].candidates[1].code")
                        .value("KOR"))
                .andExpect(jsonPath("$.sections[0].entries[1].actors[0].code").value("JPN"))
                .andExpect(jsonPath("$.sections[0].entries[1].unresolved[0]").value("Congo"))
                .andExpect(jsonPath("$.sections[0].entries[1].ambiguous[0].candidates.length()")
                        .value(2))
                .andExpect(jsonPath("$.sections[0].entries[2].unresolved[0]").value("Atlantis"))
                .andExpect(jsonPath("$.sections[0].entries[2].ambiguous").doesNotExist());

        long note = publishOn("2018-03-13", "Line up:\nFor\n· Korea\n· Atlantis\n");
        Document review = Jsoup.parse(this.mvc
                .perform(get("/notes/" + note + "/lineup?issue=distinction")
                        .with(user("carol").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(review.select("label[for=pick-0-0]").text())
                .contains("Korea")
                .contains("names several actors (North Korea, South Korea): pick one");
        assertThat(review.select("#pick-0-0 optgroup").first().select("option").eachAttr("value"))
                .containsExactly("PRK", "KOR");
        assertThat(review.select("label[for=pick-1-0]").text()).contains("not recognised: pick the actor");
        assertThat(review.select("#pick-1-0 optgroup")).hasSize(1);
    }

    private long publishOn(String date, String body) throws Exception {
        String location = this.mvc
                .perform(post("/processes/" + this.f.slug + "/notes/new")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", date)
                        .param("title", "Day " + date)
                        .param("organisation", "WIMN")
                        .param("body", body)
                        .param("tags", "")
                        .param("visibility", "PUBLIC")
                        .param("action", "publish"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/notes/");
        return Long.parseLong(location.substring("/notes/".length()));
    }
}
