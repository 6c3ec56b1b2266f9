package org.plenary.amendments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's Rev 1 is a draft: anonymous readers may not read it, so they may not read what it adopted either. An
 * outcome inferred from it ("EU 27: adopted verbatim") tells what the draft says, so for them the demo's proposals
 * against the (published) Zero Draft Plus are pending: on the uptake ranking and its CSV, the actor pages, the
 * amendments API, the reader's counts, the paragraph history and the (now public) proposal page. Signed-in readers see
 * the outcomes. Before, every one of these showed anonymous readers the outcomes inferred from the draft.
 */
@PlenaryIntegrationTest
class DraftRevisionOutcomesStayPrivateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_uptake_ranking_counts_no_outcome_from_a_draft_for_anonymous_readers() throws Exception {
        assertThat(read(get("/processes/gcm/uptake.csv")))
                .contains("GTM,Guatemala,2,0,0,0,0,0,0,")
                .doesNotContain("GTM,Guatemala,2,2");
        String ranking = read(get("/processes/gcm/uptake"));
        assertThat(ranking).doesNotContain("100 %").doesNotContain("Rev 1 (illustrative)");
        assertThat(read(get("/processes/gcm/uptake.csv").with(user("viewer").roles("VIEWER"))))
                .contains("GTM,Guatemala,2,2,2,0,0,0,0,1.000");
        assertThat(read(get("/processes/gcm/uptake").with(user("viewer").roles("VIEWER"))))
                .contains("100 %")
                .contains("Rev 1 (illustrative)");
    }

    @Test
    void the_actor_page_counts_no_outcome_from_a_draft_for_anonymous_readers() throws Exception {
        assertThat(read(get("/actors/GTM"))).contains("Proposed language").doesNotContain("100 %");
        assertThat(read(get("/actors/GTM").with(user("viewer").roles("VIEWER"))))
                .contains("100 %");
    }

    @Test
    void the_api_answers_pending_to_anonymous_callers() throws Exception {
        String anonymous = read(get("/api/v1/processes/gcm/amendments?size=200"));
        assertThat(anonymous)
                .contains("\"outcome\":\"pending\"")
                .doesNotContain("\"outcome\":\"verbatim\"")
                .doesNotContain("\"outcome\":\"partial\"")
                .doesNotContain("\"outcome\":\"not-adopted\"");
        assertThat(read(get("/api/v1/processes/gcm/amendments?outcome=verbatim")))
                .isEqualTo("[]");
        assertThat(read(get("/api/v1/processes/gcm/amendments?outcome=verbatim")
                        .with(user("viewer").roles("VIEWER"))))
                .contains("\"outcome\":\"verbatim\"");
    }

    @Test
    void the_reader_and_the_paragraph_history_show_no_outcome_from_a_draft_to_anonymous_readers() throws Exception {
        Long zeroDraftPlus = this.jdbc
                .sql("select r.id from draft_revision r join draft_document d on d.id = r.document_id "
                        + "join process p on p.id = d.process_id "
                        + "where p.slug = 'gcm' and r.label = 'Zero Draft Plus (illustrative)'")
                .query(Long.class)
                .single();
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where revision_id = ? and text like '2. This draft compact%'")
                .param(zeroDraftPlus)
                .query(Long.class)
                .single();
        String reader = "/drafts/gcm/revisions/" + zeroDraftPlus;
        assertThat(read(get(reader))).contains("1 proposal").doesNotContain("adopted");
        assertThat(read(get(reader).with(user("viewer").roles("VIEWER")))).contains("1 proposal, 1 adopted");
        Long proposal = this.jdbc
                .sql("select id from amendment where node_id = (select id from draft_node where revision_id = ? "
                        + "and text like '2. This draft compact%') order by id limit 1")
                .param(zeroDraftPlus)
                .query(Long.class)
                .single();
        String page = "/drafts/gcm/amendments/" + proposal;
        assertThat(read(get(page))).contains("pending").doesNotContain("adopted verbatim");
        assertThat(read(get(page).with(user("viewer").roles("VIEWER")))).contains("adopted verbatim");
        String history = "/drafts/gcm/paragraphs/" + lineage;
        assertThat(read(get(history))).doesNotContain("adopted verbatim");
        assertThat(read(get(history).with(user("viewer").roles("VIEWER")))).contains("adopted verbatim");
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
