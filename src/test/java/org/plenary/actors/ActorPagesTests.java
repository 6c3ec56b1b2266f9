package org.plenary.actors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class ActorPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_list_filters_by_kind_region_group_and_search() throws Exception {
        String groups = html("/actors?kind=GROUP");
        assertThat(groups).contains("EU 27", "African Group").doesNotContain(">Austria<");
        String weog = html("/actors?region=WEOG&q=aus");
        assertThat(weog).contains(">Austria<", ">Australia<").doesNotContain(">Brazil<");
        String eu27 = html("/actors?group=EU27");
        assertThat(eu27).contains(">Austria<").doesNotContain(">Hungary<");
        assertThat(html("/actors?q=zzzz")).contains("No actor matches these filters.");
    }

    @Test
    void the_list_is_paginated() throws Exception {
        String first = html("/actors");
        assertThat(first).contains("Page 1 of").contains("Next");
        assertThat(html("/actors?page=1")).contains("Page 2 of").contains("Previous");
    }

    @Test
    void an_actor_page_shows_codes_and_groups_over_time() throws Exception {
        String austria = html("/actors/AUT");
        assertThat(austria).contains("Republic of Austria", "AUT", "AT", "EU 27", "from 12 Mar 2018", "Speaks for");
        assertThat(html("/actors/lux")).contains("Luxemburg");
    }

    @Test
    void a_group_page_shows_members_as_of_a_date_and_its_spokespersons() throws Exception {
        String before = html("/groups/EU27?asOf=2018-03-11");
        assertThat(before).contains("Members on 11 March 2018 (0)", "No members on this date.");
        String during = html("/groups/EU27?asOf=2018-03-13");
        assertThat(during)
                .contains("Members on 13 March 2018 (27)", ">Austria<", "Spokespersons")
                .doesNotContain(">Hungary</a></li>");
        assertThat(html("/groups/AFRICAN-GROUP?asOf=2018-03-13")).contains("(54)", ">Comoros<");
    }

    @Test
    void a_group_and_a_state_redirect_to_their_own_kind_of_page() throws Exception {
        this.mvc.perform(get("/actors/EU27")).andExpect(redirectedUrl("/groups/EU27"));
        this.mvc.perform(get("/groups/AUT")).andExpect(redirectedUrl("/actors/AUT"));
    }

    @Test
    void bad_parameters_get_a_400_page_not_a_500() throws Exception {
        this.mvc
                .perform(get("/groups/EU27?asOf=13-03-2018"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("could not be read")));
        this.mvc.perform(get("/actors?kind=PLANET")).andExpect(status().isBadRequest());
        this.mvc.perform(get("/actors/NOPE")).andExpect(status().isNotFound());
    }

    @Test
    void actor_pages_run_a_fixed_number_of_statements() throws Exception {
        StatementCounter.reset();
        html("/actors?group=EU27");
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(4);
        StatementCounter.reset();
        html("/groups/EU27?asOf=2018-03-13");
        // 5 for the group itself, 2 for where it stands (the processes, then its stances in one statement), and the
        // sections other modules add: 1 for the notes that name the group (#7), 2 for its proposed language (#9) and 1
        // for the processes it proposed changes in (the links to its ideal text),
        // and up to 13 for its interventions (#8): the Chatham House meetings an anonymous reader may not see named,
        // the interventions on its behalf and, when there are some, one each for the actors, meetings, notes,
        // processes, issues and paragraphs (two) they name; the bloc consistency flags (the group's stances, the
        // process' issues, the members' matrix, the interventions of members against the group's).
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(23);
    }

    private String html(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
