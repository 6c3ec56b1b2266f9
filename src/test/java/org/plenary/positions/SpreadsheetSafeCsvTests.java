package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.web.SpreadsheetCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A value that a spreadsheet would run as a formula is written as text in every CSV export. */
@PlenaryIntegrationTest
class SpreadsheetSafeCsvTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void each_character_that_starts_a_formula_gets_an_apostrophe_and_nothing_else_changes() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetCsv.inert(formula)).isEqualTo("'" + formula);
        }
        assertThat(SpreadsheetCsv.inert("Côte d'Ivoire")).isEqualTo("Côte d'Ivoire");
        assertThat(SpreadsheetCsv.inert("2018-03-12")).isEqualTo("2018-03-12");
        assertThat(SpreadsheetCsv.inert("")).isEmpty();
    }

    @Test
    void an_actor_named_like_a_formula_is_text_in_the_matrix_csv() throws Exception {
        PositionsFixture f = new PositionsFixture(this.jdbc);
        long issue = f.issue("topic");
        long actor = this.jdbc
                .sql("insert into actor (code, kind, name) values (?, 'STATE', ?) returning id")
                .params("CSV" + f.suffix, "=HYPERLINK(\"http://evil.example\",\"Click " + f.suffix + "\")")
                .query(Long.class)
                .single();
        f.position(issue, actor, "yes", LocalDate.of(2018, 3, 12), null, "note");
        String csv = this.mvc
                .perform(get("/processes/" + f.slug + "/matrix.csv").param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String line = csv.lines()
                .filter((l) -> l.startsWith("CSV" + f.suffix))
                .findFirst()
                .orElseThrow();
        assertThat(line).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click " + f.suffix + "\"\")\",");
    }
}
