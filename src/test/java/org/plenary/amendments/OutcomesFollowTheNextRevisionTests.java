package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Proposals against the illustrative Zero Draft Plus are pending until Rev 1 is imported; then each gets its outcome,
 * shown on the proposal, on the paragraph's history and counted in the reader. An analyst's override stays beside the
 * computed outcome and survives a recomputation.
 */
@PlenaryIntegrationTest
class OutcomesFollowTheNextRevisionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmendmentRecorder recorder;

    String slug;

    List<RevisionRow> revisions;

    @BeforeEach
    void importTwoRevisions() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
    }

    @Test
    void importing_the_next_revision_gives_each_proposal_its_outcome() throws Exception {
        Long eu = propose(
                "2. This draft compact rests",
                "replace",
                "fundamental human rights",
                "human rights and fundamental freedoms",
                "Austria",
                "EU 27");
        Long bangladesh = propose(
                "10. We commit to ensure",
                "replace",
                "is lawful",
                "should be based on lawful measures",
                "Bangladesh",
                null);
        Long kept = propose(
                "(b) Protect the fundamental",
                "replace",
                "fundamental human rights",
                "human rights and fundamental freedoms",
                "Austria",
                "EU 27");
        assertThat(page("/drafts/" + this.slug + "/amendments/" + eu)).contains("pending");

        importRev1();

        assertThat(page("/drafts/" + this.slug + "/amendments/" + eu))
                .contains("adopted verbatim")
                .contains("Rev 1 reads");
        assertThat(page("/drafts/" + this.slug + "/amendments/" + bangladesh))
                .contains("adopted in part")
                .contains("60 % of the new words")
                .contains("is based on lawful measures");
        assertThat(page("/drafts/" + this.slug + "/amendments/" + kept)).contains("not adopted");
        Long lineage = this.jdbc
                .sql("select lineage_id from amendment where id = ?")
                .param(eu)
                .query(Long.class)
                .single();
        assertThat(page("/drafts/" + this.slug + "/paragraphs/" + lineage))
                .contains("id=\"proposals\"")
                .contains("adopted verbatim")
                .contains("EU 27");
        assertThat(page("/drafts/" + this.slug + "/revisions/Zero Draft Plus"))
                .contains("1 proposal, 1 adopted")
                .doesNotContain("/js/amendments-propose");
    }

    @Test
    void the_reader_offers_coordinators_the_propose_script() throws Exception {
        String html = this.mvc
                .perform(get("/drafts/" + this.slug + "/revisions/Zero Draft Plus")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("/js/amendments-propose")
                .contains("data-propose=\"/drafts/" + this.slug + "/amendments/new\"")
                .containsPattern("data-node=\"\\d+\"");
    }

    @Test
    void an_override_stays_beside_the_computed_outcome_when_it_is_recomputed() throws Exception {
        Long bangladesh = propose(
                "10. We commit to ensure",
                "replace",
                "is lawful",
                "should be based on lawful measures",
                "Bangladesh",
                null);
        importRev1();
        long version = this.jdbc
                .sql("select version from amendment_outcome where amendment_id = ?")
                .param(bangladesh)
                .query(Long.class)
                .single();

        this.mvc
                .perform(post("/drafts/" + this.slug + "/amendments/" + bangladesh + "/outcome")
                        .with(user("analyst").roles("ANALYST"))
                        .with(csrf())
                        .param("outcome", "verbatim")
                        .param("reason", "Rev 1 reads it as Bangladesh meant it")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        this.mvc
                .perform(post("/drafts/" + this.slug + "/revisions/Zero Draft Plus/outcomes")
                        .with(user("analyst").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/drafts/" + this.slug + "/amendments/" + bangladesh))
                .contains("adopted verbatim")
                .contains("set by an analyst")
                .contains("Set by analyst; computed: adopted in part. Reason: Rev 1 reads it as Bangladesh meant it");
        this.mvc
                .perform(post("/drafts/" + this.slug + "/revisions/Zero Draft Plus/outcomes")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void importRev1() {
        AmendmentFixtures.importRev1(this.importer, this.slug);
    }

    private Long propose(String paragraph, String kind, String target, String words, String speaker, String group) {
        Long node = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like ?")
                .params(this.revisions.get(1).id(), paragraph + "%")
                .query(Long.class)
                .single();
        return this.recorder.propose(
                this.slug,
                new ProposalDraft(
                        node, org.plenary.amendments.outcome.ProposalKind.ofApiName(kind), target, 0, words, null),
                new StatementDraft(
                        speaker,
                        group,
                        ActorRole.PROPONENT,
                        LocalDate.of(2018, 3, 14),
                        null,
                        "Round 2 daily update",
                        null),
                "coordinator");
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
