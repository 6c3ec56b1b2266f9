package org.plenary.positions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A state's page answers "where does it stand?": its effective stance per issue by the line-up's rules (its own, or
 * via a group, with the evidence), compared with another date; a group's page shows the group's own stances; both
 * default to the line-up's "as of".
 */
@PlenaryIntegrationTest
class ActorPageStancesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void a_state_holds_the_stance_of_its_group_marked_via_the_group_with_the_evidence() throws Exception {
        String austria = html("/actors/AUT?asOf=2018-03-13");
        assertThat(austria)
                .contains("as of 13 March 2018: a known stance on")
                .contains("Strong separation; only basic services for irregular migrants")
                .contains("via EU 27")
                .contains("Daily note, 2018-03-12: Round 2, day 1: first impressions")
                .contains("Morning session: vision and guiding principles");
        // Same as the line-up on that date.
        String lineup = html("/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-13");
        assertThat(lineup).contains(">Austria<", "via EU 27");
    }

    @Test
    void compared_with_another_date_a_state_shows_how_it_moved() throws Exception {
        String austria = html("/actors/AUT?asOf=2018-03-16&compareWith=2018-03-13");
        assertThat(austria)
                .contains("Compared with 13 March 2018.")
                .contains("In between")
                .contains("moved, was: Strong separation; only basic services for irregular migrants");
        String before = html("/actors/AUT?asOf=2018-03-11");
        assertThat(before).contains("a known stance on 0 of").doesNotContain("via EU 27");
    }

    @Test
    void a_group_page_shows_the_group_s_own_stances() throws Exception {
        String eu27 = html("/groups/EU27?asOf=2018-03-13");
        assertThat(eu27)
                .contains("as of 13 March 2018: a known stance on")
                .contains("Strong separation; only basic services for irregular migrants")
                .doesNotContain("via EU 27");
    }

    @Test
    void actor_and_group_pages_default_to_the_line_up_s_date() throws Exception {
        String lineup = html("/processes/gcm/issues/regular-irregular/lineup");
        String date = lineup.replaceAll("(?s).*id=\"asOf\" name=\"asOf\" value=\"([0-9-]+)\".*", "$1");
        assertThat(date).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        // Each process' stances are shown as of its line-up's date (other tests' processes may have other dates).
        String gcm = "/processes/gcm/matrix?asOf=" + date;
        assertThat(html("/actors/AUT")).contains(gcm);
        assertThat(html("/groups/EU27")).contains(gcm);
    }

    @Test
    void the_stances_cost_a_fixed_number_of_statements() throws Exception {
        StatementCounter.reset();
        html("/actors/AUT?asOf=2018-03-16&compareWith=2018-03-13");
        long austria = StatementCounter.count();
        String austriaStatements = StatementCounter.statements();
        StatementCounter.reset();
        html("/actors/BRA?asOf=2018-03-16&compareWith=2018-03-13");
        assertThat(StatementCounter.count())
                .as("Austria's statements:%n%s%nBrazil's:%n%s", austriaStatements, StatementCounter.statements())
                .isEqualTo(austria)
                // 9 before the sections of session 15: interventions (their list, names, meetings, notes, processes,
                // issues) and bloc consistency (memberships, the state's and its groups' stances, the pairs); 1 more in
                // session 16 for the processes the actor proposed changes in (the links to its ideal text, #9).
                .isLessThanOrEqualTo(20);
    }

    private String html(String path) throws Exception {
        return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
