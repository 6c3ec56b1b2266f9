package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Names in notes, recognised with the real reference data: the traps of similar names, words that are not actors,
 * capitals, the API, the links in the note and the actor page's section (one query, only notes the reader may read).
 */
@PlenaryIntegrationTest
class MentionRecognitionTests {

    static final LocalDate D13 = LocalDate.of(2018, 3, 13);

    @Autowired
    MentionRecognizer recognizer;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The Republic of Korea and Korea spoke.|KOR",
                "South Sudan, then Sudan.|SSD SDN",
                "Dominican Republic and Dominica.|DOM DMA",
                "Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea.|PNG GNQ GNB GIN",
                "DR Congo, the Democratic Republic of the Congo, the Republic of the Congo, and Congo.|COD COD COG",
                "Niger and Nigeria.|NER NGA",
                "The Chair and the Co-facilitator asked us to wait.|",
                "Let us see what the US and the U.S. delegation say.|USA USA",
                "Michael Jordan was there; Jordan and Mexico were not.|JOR MEX",
                "BRAZIL AND SWITZERLAND ASKED US TO WAIT FOR THE CHAIR.|BRA CHE",
                "Austria, on behalf of the EU 27, and the EU27; the AG and the ag.|AUT EU27 EU27 AFRICAN-GROUP",
                "Lichtenstein, Luxemburg and the Holy See.|LIE LUX VAT",
                "Turkey (less adamant), a turkey, guinea pigs and Chad.|TUR TCD",
            })
    void recognises_names_at_the_note_date(String text, String codes) {
        List<String> found = this.recognizer.recognise(text, D13).stream()
                .map((m) -> m.actor().code())
                .toList();
        assertThat(found).containsExactlyElementsOf((codes == null) ? List.of() : List.of(codes.split(" ")));
    }

    @Test
    void offsets_are_utf16_indexes_into_the_text() {
        String text = "😀 Ivory Coast and Türkiye";
        var mentions = this.recognizer.recognise(text, D13);
        assertThat(mentions).isNotEmpty();
        for (var m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(mentions.get(0).text()).isEqualTo("Ivory Coast");
        assertThat(mentions.get(1).actor().code()).isEqualTo("TUR");
    }

    @Test
    void the_api_answers_coordinators_with_offsets_and_codes() throws Exception {
        this.mvc
                .perform(post("/api/v1/mentions")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria, on behalf of the EU 27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentions[0].start").value(0))
                .andExpect(jsonPath("$.mentions[0].end").value(7))
                .andExpect(jsonPath("$.mentions[0].text").value("Austria"))
                .andExpect(jsonPath("$.mentions[0].code").value("AUT"))
                .andExpect(jsonPath("$.mentions[1].code").value("EU27"));
        this.mvc
                .perform(post("/api/v1/mentions")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").exists());
        this.mvc
                .perform(post("/api/v1/mentions")
                        .param("date", "13 March")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria"))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(post("/api/v1/mentions")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(""))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(post("/api/v1/mentions")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("a".repeat(1024 * 1024 + 1)))
                .andExpect(status().isPayloadTooLarge());
        this.mvc
                .perform(post("/api/v1/mentions")
                        .param("date", "2018-03-13")
                        .with(user("vera").roles("VIEWER"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_note_links_the_actors_it_names_and_their_pages_list_the_notes_their_reader_may_read() throws Exception {
        NotesFixture f = new NotesFixture(this.jdbc);
        long open = f.publish(this.mvc, "Open brief", "Zimbabwe spoke for the African Group.", "PUBLIC", null);
        long closed = f.publish(
                this.mvc, "Closed table brief", "Zimbabwe said more in private.", "MEMBERS", f.chathamMeeting);
        this.mvc
                .perform(get("/notes/" + open).with(anonymous()))
                .andExpect(content().string(containsString("<a href=\"/actors/ZWE\" class=\"mention\">Zimbabwe</a>")))
                .andExpect(content().string(containsString("/groups/AFRICAN-GROUP?asOf=2018-03-12")));

        String anonymousPage = this.mvc
                .perform(get("/actors/ZWE").with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(anonymousPage).contains("Open brief").doesNotContain("Closed table brief");
        String memberPage = this.mvc
                .perform(get("/actors/ZWE").with(user("vera").roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(memberPage)
                .contains("Open brief")
                .contains("Closed table brief")
                .contains("<mark>Zimbabwe</mark>");
        assertThat(this.jdbc
                        .sql("select count(*) from note_mention where note_id in (?, ?)")
                        .params(open, closed)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        StatementCounter.reset();
        this.mvc.perform(get("/actors/ZWE").with(user("vera").roles("VIEWER"))).andExpect(status().isOk());
        int before = StatementCounter.count();
        for (int i = 0; i < 3; i++) {
            f.publish(this.mvc, "More " + i, "Zimbabwe and Zimbabwe again.", "PUBLIC", null);
        }
        StatementCounter.reset();
        this.mvc.perform(get("/actors/ZWE").with(user("vera").roles("VIEWER"))).andExpect(status().isOk());
        assertThat(StatementCounter.count()).isEqualTo(before);
    }
}
