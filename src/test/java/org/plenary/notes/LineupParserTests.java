package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.actors.ActorRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The line-up parser on the real round 2 briefs and reference data: the 12 March block found with its three sections,
 * every state resolved at that date, EU 27 the 27 without Hungary, Brazil the spokesperson of its group, remarks kept,
 * nothing that is not an actor resolved; and a table of the shapes and traps real briefs use.
 */
@PlenaryIntegrationTest
class LineupParserTests {

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    @Autowired
    LineupReading lineups;

    @Autowired
    MockMvc mvc;

    @Test
    void the_round_two_briefs_hold_one_lineup_of_three_sections() throws Exception {
        LineupParser.Lineup lineup = this.lineups.parse(NoteEditorTests.seedBriefs(), D12);
        assertThat(lineup.sections()).hasSize(3);
        assertThat(lineup.sections().get(0).heading()).startsWith("Human rights, not dichotomizing");
        assertThat(lineup.sections().get(1).heading()).startsWith("Want strong separation");
        assertThat(lineup.sections().get(2).heading()).isEqualTo("In between");
        assertThat(lineup.sections().stream().mapToInt((s) -> s.entries().size()))
                .containsExactly(15, 15, 2);

        List<LineupParser.Entry> all =
                lineup.sections().stream().flatMap((s) -> s.entries().stream()).toList();
        assertThat(all.stream().filter((e) -> !e.unresolved().isEmpty()).map(LineupParser.Entry::text))
                .containsExactly("African countries");
        LineupParser.Entry latam = all.get(0);
        assertThat(codes(latam.actors())).containsExactly("LATAM-CANADA");
        assertThat(latam.spokesperson().code()).isEqualTo("BRA");
        LineupParser.Entry friends = all.get(2);
        assertThat(codes(friends.actors())).containsExactly("FRIENDS-CHILDREN");
        assertThat(friends.spokesperson().code()).isEqualTo("LUX");
        assertThat(codes(friends.members())).containsExactly("BGR", "JAM", "LUX");
        LineupParser.Entry turkey = lineup.sections().get(1).entries().stream()
                .filter((e) -> e.text().startsWith("Turkey"))
                .findFirst()
                .orElseThrow();
        assertThat(codes(turkey.actors())).containsExactly("TUR");
        assertThat(turkey.remark()).isEqualTo("less adamant");
        assertThat(lineup.sections().get(1).entries().stream().flatMap((e) -> e.actors().stream()))
                .extracting(ActorRef::code)
                .contains(
                        "EU27", "HUN", "LIE", "AUS", "NZL", "JPN", "IND", "ZAF", "SGP", "MYS", "IDN", "CHN", "AZE",
                        "IRN");
        assertThat(codes(lineup.sections().get(2).entries().stream()
                        .flatMap((e) -> e.actors().stream())
                        .toList()))
                .containsExactly("THA", "CHE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "· Switzerland and Liechtenstein|CHE LIE||",
                "• Bulgaria, Jamaica, Luxemburg|BGR JAM LUX||",
                "- Trinidad and Tobago, Jamaica|TTO JAM||",
                "* Niger|NER||",
                "– Nigeria|NGA||",
                "1. Guinea-Bissau|GNB||",
                "2) Equatorial Guinea and Papua New Guinea|GNQ PNG||",
                "· Guinea|GIN||",
                "· Sudan and South Sudan|SDN SSD||",
                "· Dominica; Dominican Republic|DMA DOM||",
                "· DR Congo|COD||",
                "· Congo|||Congo",
                "· Korea|||Korea",
                "· Turkey (less adamant)|TUR|less adamant|",
                "· Iran (Islamic Republic of) — surprisingly|IRN|surprisingly|",
                "· Bolivia (Plurinational State of)|BOL||",
                "· Micronesia (Federated States of)|FSM||",
                "· Atlantis and Mexico|MEX||Atlantis",
                "· Austria, on behalf of the EU 27|EU27||",
            })
    void reads_the_shapes_and_traps_of_real_briefs(String bullet, String codes, String remark, String unresolved) {
        LineupParser.Lineup lineup = this.lineups.parse("Line up:\nA stance\n" + bullet, LocalDate.of(2018, 3, 13));
        LineupParser.Entry entry = lineup.sections().get(0).entries().get(0);
        assertThat(codes(entry.actors())).containsExactlyElementsOf(split(codes));
        assertThat(entry.remark()).isEqualTo(remark);
        assertThat(entry.unresolved()).containsExactlyElementsOf(split(unresolved));
    }

    @Test
    void the_api_answers_the_contract() throws Exception {
        this.mvc
                .perform(post("/api/v1/lineups/parse")
                        .param("date", "2018-03-12")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("Line up:\nIn between\n· Thailand\n· Turkey (less adamant)\n· Atlantis"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].heading").value("In between"))
                .andExpect(jsonPath("$.sections[0].entries[0].text").value("Thailand"))
                .andExpect(jsonPath("$.sections[0].entries[0].actors[0].code").value("THA"))
                .andExpect(jsonPath("$.sections[0].entries[0].actors[0].name").value("Thailand"))
                .andExpect(jsonPath("$.sections[0].entries[0].unresolved").isEmpty())
                .andExpect(jsonPath("$.sections[0].entries[1].remark").value("less adamant"))
                .andExpect(jsonPath("$.sections[0].entries[2].unresolved[0]").value("Atlantis"));
        this.mvc
                .perform(post("/api/v1/lineups/parse")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("· Thailand"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").exists());
        this.mvc
                .perform(post("/api/v1/lineups/parse")
                        .param("date", "2018-03-12")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content(" "))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(post("/api/v1/lineups/parse")
                        .param("date", "2018-03-12")
                        .with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("x".repeat(1024 * 1024 + 1)))
                .andExpect(status().isPayloadTooLarge());
    }

    private static List<String> codes(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::code).toList();
    }

    private static List<String> split(String value) {
        return (value == null || value.isBlank()) ? List.of() : List.of(value.split(" "));
    }
}
