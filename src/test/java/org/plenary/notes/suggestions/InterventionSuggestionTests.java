package org.plenary.notes.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Intervention suggestions on the real round 2 briefs with the real reference and demo data: a table of sentences
 * copied from the briefs ({@code suggestions/round2-sentences.tsv}, with its provenance) and the speaker and group each
 * must yield at the brief's date, or nothing; the whole briefs read in one go; and the API's contract and errors.
 */
@PlenaryIntegrationTest
class InterventionSuggestionTests {

    @Autowired
    InterventionSuggestions suggestions;

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> sentences() throws IOException {
        return rows().stream().map((r) -> Arguments.of(r[2], LocalDate.parse(r[0]), r[1]));
    }

    @ParameterizedTest(name = "{2} <- {0}")
    @MethodSource("sentences")
    void each_sentence_of_the_briefs_yields_its_speaker_and_group(String sentence, LocalDate date, String expected) {
        assertThat(SuggestionParserTests.describe(this.suggestions.suggest(sentence, date)))
                .isEqualTo(expected);
    }

    @Test
    void the_whole_briefs_yield_the_sentences_of_the_table_and_no_other() throws IOException {
        String briefs;
        try (InputStream in = getClass().getResourceAsStream("/seeds/round2-daily-updates.txt")) {
            briefs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<SuggestionParser.Suggestion> found = this.suggestions.suggest(briefs, LocalDate.of(2018, 3, 15));
        List<String> expected = rows().stream()
                .filter((r) -> !r[1].equals("-"))
                .map((r) -> r[2])
                .distinct()
                .toList();
        assertThat(found.stream().map(SuggestionParser.Suggestion::sentence).distinct())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (SuggestionParser.Suggestion s : found) {
            assertThat(briefs.substring(s.start(), s.end())).isEqualTo(s.sentence());
        }
    }

    @Test
    void a_group_listed_by_its_members_is_found_only_on_a_date_when_those_are_its_members() {
        String sentence = rows().stream()
                .filter((r) -> r[2].startsWith("On behalf of a group of countries"))
                .findFirst()
                .orElseThrow()[2];
        SuggestionParser.Suggestion on15 =
                this.suggestions.suggest(sentence, LocalDate.of(2018, 3, 15)).get(0);
        assertThat(on15.onBehalfOf()).isEqualTo("INTER-REGIONAL-18");
        assertThat(on15.members()).hasSize(18).contains("ARG", "BGD", "PHL");
        // The group was first heard on 15 March: on the 14th no group has these members, and none is guessed.
        SuggestionParser.Suggestion on14 =
                this.suggestions.suggest(sentence, LocalDate.of(2018, 3, 14)).get(0);
        assertThat(on14.actor()).isEqualTo("PHL");
        assertThat(on14.onBehalfOf()).isNull();
        assertThat(on14.unresolved()).containsExactly("a group of countries");
    }

    @Test
    void the_api_answers_the_contract() throws Exception {
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(httpBasic("coordinator", "plenary-demo"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria, on behalf of the EU 27, proposed a principle, supported by Norway. "
                                + "Canada stressed gender."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions.length()").value(1))
                .andExpect(jsonPath("$.suggestions[0].sentence")
                        .value("Austria, on behalf of the EU 27, proposed a principle, supported by Norway."))
                .andExpect(jsonPath("$.suggestions[0].actor").value("AUT"))
                .andExpect(jsonPath("$.suggestions[0].onBehalfOf").value("EU27"))
                .andExpect(jsonPath("$.suggestions[0].supporters[0]").value("NOR"))
                .andExpect(jsonPath("$.suggestions[0].opponents").isEmpty())
                .andExpect(jsonPath("$.suggestions[0].start").value(0))
                .andExpect(jsonPath("$.suggestions[0].unresolved").isEmpty());
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Canada stressed gender."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions").isEmpty());
    }

    @Test
    void bad_requests_get_a_message_never_a_500() throws Exception {
        String[][] cases = {
            {null, "Austria, on behalf of the EU 27, spoke."},
            {"13 March 2018", "Austria, on behalf of the EU 27, spoke."},
            {"2018-02-30", "Austria, on behalf of the EU 27, spoke."},
            {"2018-03-13", ""},
            {"2018-03-13", "   \n "},
            {"2018-03-13", "Austria, on behalf of\u0000 the EU 27, spoke."},
        };
        for (String[] c : cases) {
            var request = post("/api/v1/interventions/suggest")
                    .with(user("carol").roles("COORDINATOR"))
                    .contentType(MediaType.TEXT_PLAIN)
                    .content(c[1]);
            if (c[0] != null) {
                request.param("date", c[0]);
            }
            this.mvc
                    .perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").isNotEmpty());
        }
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria, on behalf of the EU 27, spoke. ".repeat(30_000)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").isNotEmpty());
        // Binary and odd text: answered, never a 500.
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(new byte[] {(byte) 0xff, (byte) 0xfe, 'A', 'u', 's', (byte) 0xc3}))
                .andExpect(status().isOk());
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria (((( on behalf of ))) [[ the EU 27 {0} $1 \\ .*+?".repeat(2000)))
                .andExpect(status().isOk());
    }

    @Test
    void only_coordinators_may_ask() throws Exception {
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(anonymous())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria, on behalf of the EU 27, spoke."))
                .andExpect(status().isUnauthorized());
        this.mvc
                .perform(post("/api/v1/interventions/suggest")
                        .param("date", "2018-03-13")
                        .with(httpBasic("viewer", "plenary-demo"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Austria, on behalf of the EU 27, spoke."))
                .andExpect(status().isForbidden());
    }

    /** The table's rows: date, expected, sentence. */
    static List<String[]> rows() {
        try (InputStream in =
                InterventionSuggestionTests.class.getResourceAsStream("/suggestions/round2-sentences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter((l) -> !l.isBlank() && !l.startsWith("#"))
                    .map((l) -> l.split("\t", 3))
                    .toList();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
