package org.plenary.amendments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compare page marks the older revision's paragraphs that have proposals (a count, opening the paragraph's list of
 * proposals) and names, on each changed paragraph, the proposals it adopted, linked to their pages; one statement more
 * than the comparison itself, whatever the proposals.
 */
@PlenaryIntegrationTest
class CompareMarksTests {

    private static final String DEMO =
            "/drafts/gcm/compare?from=Zero Draft Plus (illustrative)&to=Rev 1 (illustrative)&view=inline";

    @Autowired
    MockMvc mvc;

    @Test
    void changed_paragraphs_name_the_proposals_they_adopted() throws Exception {
        String html = page(DEMO);
        assertThat(html).contains("class=\"proposal-count\"").containsPattern("\\d proposals?(, \\d adopted)?");
        // Guatemala's "girls, boys and adolescents" (9(a)), adopted verbatim by Rev 1.
        int adopts = html.indexOf("Adopts:");
        assertThat(adopts).isPositive();
        assertThat(html)
                .containsPattern("(?s)<div class=\"adopted\">.*?href=\"/drafts/gcm/amendments/\\d+\".*?girls, boys and"
                        + " adolescents.*?adopted verbatim");
        assertThat(html).containsPattern("href=\"/drafts/gcm/paragraphs/\\d+#proposals\"");
    }

    @Test
    void a_pair_the_outcomes_were_not_inferred_from_adopts_nothing() throws Exception {
        String html = page("/drafts/gcm/compare?from=Zero Draft (illustrative)&to=Rev 1 (illustrative)");
        assertThat(html).doesNotContain("Adopts:");
    }

    @Test
    void the_marks_cost_one_statement_whatever_the_proposals() throws Exception {
        // Both comparisons computed once, so that both are counted from the cache.
        String without = "/drafts/gcm/compare?from=Zero Draft (illustrative)&to=Zero Draft Plus (illustrative)";
        page(DEMO);
        page(without);
        StatementCounter.reset();
        page(DEMO);
        int withProposals = StatementCounter.count();
        StatementCounter.reset();
        page(without);
        int none = StatementCounter.count();
        // process, revisions (the comparison's rows come from its cache), and the proposals of the older revision (the
        // marks).
        assertThat(withProposals).isEqualTo(none).isLessThanOrEqualTo(3);
    }

    private String page(String url) throws Exception {
        return this.mvc
                .perform(get(url).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
