package org.plenary.positions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo data reproduces the line-ups of the round 2 daily updates (12-15 March 2018). */
@PlenaryIntegrationTest
class DemoLineupTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_12_march_regular_irregular_line_up_has_its_three_columns_with_groups() throws Exception {
        String api = "/api/v1/processes/gcm/issues/regular-irregular/lineup";
        this.mvc
                .perform(get(api).param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].option.key").value("rights"))
                .andExpect(jsonPath("$.columns[0].actors[?(@.code == 'BRA')].via")
                        .value("Latin American countries and Canada"))
                .andExpect(
                        jsonPath("$.columns[0].actors[?(@.code == 'LUX')].via").value("Group of friends of children"))
                .andExpect(jsonPath("$.columns[0].actors[?(@.code == 'TUV')]").isNotEmpty())
                .andExpect(jsonPath("$.columns[1].actors[?(@.code == 'CHE')]").isNotEmpty())
                .andExpect(
                        jsonPath("$.columns[2].actors[?(@.code == 'AUT')].via").value("EU 27"))
                .andExpect(jsonPath("$.columns[2].actors[?(@.code == 'HUN')]").isNotEmpty())
                .andExpect(jsonPath("$.columns[2].actors[?(@.code == 'ZAF')]").isNotEmpty())
                .andExpect(
                        jsonPath("$.columns[0].actors[?(@.code == 'GHA')].via").value("African Group"));
        // On 15 March the EU 27 moved to "in between".
        this.mvc
                .perform(get(api).param("asOf", "2018-03-15"))
                .andExpect(
                        jsonPath("$.columns[1].actors[?(@.code == 'AUT')].via").value("EU 27"));
        this.mvc
                .perform(get("/processes/gcm/issues/regular-irregular/lineup")
                        .param("asOf", "2018-03-15")
                        .param("compareWith", "2018-03-12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("less adamant")))
                .andExpect(content().string(containsString("moved since")));
        this.mvc
                .perform(get("/processes/gcm/issues/regular-irregular/map.svg").param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"AU\" fill=\"#b03a2e\"")));
        this.mvc
                .perform(get("/actors/VAT/positions").param("process", "gcm"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Round 2 daily update, 15 March 2018")));
        this.mvc.perform(get("/processes/gcm")).andExpect(content().string(containsString("/processes/gcm/issues")));
    }

    /**
     * On 12 March Bulgaria and Luxembourg are in the EU 27 (strong separation) and in the group of friends of children
     * (human rights): the line-up says which group's position applies and that the other differs, with its stance.
     */
    @Test
    void a_state_whose_groups_disagree_shows_which_applied_and_how_the_other_differs() throws Exception {
        String html = this.mvc
                .perform(get("/processes/gcm/issues/regular-irregular/lineup").param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        for (String state : java.util.List.of("Luxembourg", "Bulgaria")) {
            org.jsoup.nodes.Element entry =
                    page.selectFirst(".column ul.actors li:has(> a:containsOwn(" + state + "))");
            org.assertj.core.api.Assertions.assertThat(entry).as(state).isNotNull();
            org.assertj.core.api.Assertions.assertThat(
                            entry.select(".badge.via").text())
                    .isEqualTo("via Group of friends of children");
            org.assertj.core.api.Assertions.assertThat(entry.select(".differs").text())
                    .isEqualTo("EU 27 differs: Strong separation; only basic services for irregular migrants"
                            + " (same day: the smaller group applies)");
        }
        // Austria is in the EU 27 only; Jamaica, also a friend of children, has its own position.
        org.assertj.core.api.Assertions.assertThat(
                        page.select(".column ul.actors li:has(> a:containsOwn(Austria)) .differs"))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(
                        page.select(".column ul.actors li:has(> a:containsOwn(Jamaica)) .differs"))
                .isEmpty();
        // On 15 March the EU 27 has a newer position: it applies, and the friends' older one differs.
        String later = this.mvc
                .perform(get("/processes/gcm/issues/regular-irregular/lineup").param("asOf", "2018-03-15"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.jsoup.nodes.Element luxembourg =
                org.jsoup.Jsoup.parse(later).selectFirst(".column ul.actors li:has(> a:containsOwn(Luxembourg))");
        org.assertj.core.api.Assertions.assertThat(
                        luxembourg.select(".badge.via").text())
                .isEqualTo("via EU 27");
        org.assertj.core.api.Assertions.assertThat(luxembourg.select(".differs").text())
                .startsWith("Group of friends of children differs: Human rights")
                .endsWith("(the more recent group position applies)");
    }
}
