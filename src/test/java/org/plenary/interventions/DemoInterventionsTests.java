package org.plenary.interventions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo interventions of round 2: at least 40, each with its evidence (the demo note of its day), the group
 * statements of 15 March spoken for their groups, and the bloc consistency flag the briefs support: on 13 March South
 * Africa objected to any mention of non-refoulement while the African Group (through Comoros) would apply it prima
 * facie, shown on the group's page and on South Africa's with both pieces of evidence.
 */
@PlenaryIntegrationTest
class DemoInterventionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void round_2_has_at_least_40_interventions_each_with_its_note() {
        long all = this.jdbc
                .sql("select count(*) from intervention i join process p on p.id = i.process_id where p.slug = 'gcm'")
                .query(Long.class)
                .single();
        long withNote = this.jdbc.sql("""
				select count(*) from intervention i join process p on p.id = i.process_id
				where p.slug = 'gcm' and i.note_id is not null and i.source is not null
				""").query(Long.class).single();
        assertThat(all).isGreaterThanOrEqualTo(40);
        assertThat(withNote).isGreaterThanOrEqualTo(40);
    }

    @Test
    void the_group_statements_of_15_march_are_spoken_for_their_groups() throws Exception {
        this.mvc
                .perform(get("/api/v1/processes/gcm/interventions")
                        .param("group", "INTER-REGIONAL-18")
                        .param("from", "2018-03-15")
                        .param("to", "2018-03-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.interventions[0].actor").value("PHL"))
                .andExpect(jsonPath("$.interventions[0].onBehalfOf").value("INTER-REGIONAL-18"));
        this.mvc
                .perform(get("/api/v1/processes/gcm/interventions")
                        .param("group", "EU27")
                        .param("from", "2018-03-15")
                        .param("to", "2018-03-15"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.interventions[0].actorName").value("Austria"));
    }

    @Test
    void south_africa_is_flagged_out_of_the_african_group_line_on_non_refoulement() throws Exception {
        String group = read("/groups/AFRICAN-GROUP?asOf=2018-03-15");
        assertThat(group)
                .contains("Out of line with the group")
                .contains("South Africa: not in the African Group position since 13 March 2018")
                .contains("Only for refugees")
                .contains("Apply prima facie")
                .contains("Objected strenuously to any mention of non-refoulement");
        String state = read("/actors/ZAF?asOf=2018-03-15");
        assertThat(state)
                .contains("South Africa: not in the African Group position since 13 March 2018")
                .contains("Non-refoulement should apply prima facie");
    }

    @Test
    void the_demo_group_page_runs_a_fixed_number_of_statements() throws Exception {
        StatementCounter.reset();
        read("/groups/AFRICAN-GROUP?asOf=2018-03-15");
        int group = StatementCounter.count();
        StatementCounter.reset();
        read("/actors/ZAF?asOf=2018-03-15");
        int state = StatementCounter.count();
        // the actors module's page and the other sections (see ActorPagesTests), then the interventions (the query,
        // the Chatham House meetings, actors, meetings, notes, issues) and the flags (stances, matrix, the pairs of
        // interventions, the members on their days): a fixed number, whatever the number of interventions
        assertThat(group).isLessThanOrEqualTo(24);
        assertThat(state).isLessThanOrEqualTo(24);
    }

    private String read(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
