package org.plenary.notes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's 12 March line-up is the brief's, confirmed through the review's code path: every position of that day on
 * the regular/irregular issue cites the brief with its bullet as the quote (none left from the demo SQL), the note
 * remembers them, the coordinator recorded them, and running the demo again adds nothing.
 */
@PlenaryIntegrationTest
class DemoLineupCitesTheNoteTests {

    private static final String DAY_ONE = "Round 2, day 1: first impressions";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotesDemo demo;

    @Autowired
    MockMvc mvc;

    @Test
    void the_12_march_positions_cite_the_brief_with_their_bullets_and_the_demo_adds_nothing_when_run_again()
            throws Exception {
        long note = this.jdbc
                .sql(
                        "select n.id from note n join process p on p.id = n.process_id where p.slug = 'gcm' and n.title = ?")
                .param(DAY_ONE)
                .query(Long.class)
                .single();
        List<String> rows = rows();
        // 15 + 15 + 2 bullets, one actor each (a group as the group; "African countries" picked as the African Group).
        assertThat(rows).hasSize(32);
        String source = "Daily note, 2018-03-12: " + DAY_ONE + " (note " + note + ")";
        assertThat(rows)
                .allSatisfy((r) -> assertThat(r).contains("|" + source + "|").endsWith("|coordinator"))
                .contains(
                        "LATAM-CANADA|rights|" + source
                                + "|Latin American countries and Canada, with Brazil as spokesperson"
                                + "|spoken for by Brazil|Morning session: vision and guiding principles|coordinator",
                        "AFRICAN-GROUP|rights|" + source
                                + "|African countries||Morning session: vision and guiding principles|coordinator",
                        "FRIENDS-CHILDREN|rights|" + source
                                + "|Luxemburg—group of friends of children Bulgaria, Jamaica, Luxemburg"
                                + "|spoken for by Luxembourg|Morning session: vision and guiding principles"
                                + "|coordinator",
                        "TUR|separation|" + source
                                + "|Turkey (less adamant)|less adamant|Morning session: vision and guiding principles"
                                + "|coordinator",
                        "LIE|separation|" + source
                                + "|Lichtenstein||Morning session: vision and guiding principles|coordinator",
                        "CHE|between|" + source
                                + "|Switzerland||Morning session: vision and guiding principles|coordinator");
        assertThat(this.jdbc
                        .sql("select count(*) from note_lineup_position where note_id = ?")
                        .param(note)
                        .query(Long.class)
                        .single())
                .isEqualTo(32);

        this.demo.run(new DefaultApplicationArguments());
        assertThat(rows()).hasSize(32);

        // The note's page lists them; the public line-up shows the note as the evidence.
        this.mvc
                .perform(get("/api/v1/processes/gcm/issues/regular-irregular/lineup")
                        .param("asOf", "2018-03-12")
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[1].actors[?(@.code == 'THA')]").isNotEmpty());
    }

    /** The 12 March positions on the regular/irregular issue, not retracted: actor, option, evidence, recorder. */
    private List<String> rows() {
        return this.jdbc.sql("""
						select a.code || '|' || o.option_key || '|' || coalesce(p.source, '') || '|'
						       || coalesce(p.quote, '') || '|' || coalesce(p.remark, '') || '|' || coalesce(m.title, '')
						       || '|' || p.recorded_by
						from position p
						join issue i on i.id = p.issue_id
						join process pr on pr.id = i.process_id
						join actor a on a.id = p.actor_id
						join stance_option o on o.id = p.option_id
						left join meeting m on m.id = p.meeting_id
						where pr.slug = 'gcm' and i.slug = 'regular-irregular' and p.valid_from = date '2018-03-12'
						  and not p.retracted
						order by a.code
						""").query(String.class).list();
    }
}
