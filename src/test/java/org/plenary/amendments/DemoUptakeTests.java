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
 * The demo's round 2 proposals against the illustrative Zero Draft Plus get their outcomes from the illustrative Rev 1,
 * and answer "whose language is making it into the text?": the uptake ranking (page and CSV, public, a fixed number of
 * statements) and the section on the actor and group pages.
 */
@PlenaryIntegrationTest
class DemoUptakeTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_demo_proposals_have_their_outcomes() throws Exception {
        String html = page("/drafts/gcm/amendments?revision=Zero Draft Plus (illustrative)");
        assertThat(html)
                .contains("12 proposals")
                .contains("adopted verbatim")
                .contains("adopted in part")
                .contains("not adopted")
                // Every outcome kind appears (session 16): the EU 27's "workers" overtaken by the rewritten 10(b), the
                // African Group's insertion lost with 14(c).
                .contains("outcome-overtaken")
                .contains("outcome-deleted")
                .contains("girls, boys and adolescents");
        assertThat(page("/drafts/gcm/amendments?actor=ARM"))
                .contains("not adopted")
                .contains("UN Charter");
    }

    @Test
    void the_uptake_ranking_answers_whose_language_made_it() throws Exception {
        StatementCounter.reset();
        String html = this.mvc
                .perform(get("/processes/gcm/uptake"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int statements = StatementCounter.count();
        assertThat(html)
                .contains("EU 27")
                .contains("Guatemala")
                .contains("Bangladesh")
                .contains("Armenia");
        // Guatemala: 2 of 2 verbatim; Armenia: its new paragraph not adopted. The outcomes come from the demo's Rev 1,
        // a
        // draft: only signed-in readers see them (DraftRevisionOutcomesStayPrivateTests).
        String signedIn = this.mvc
                .perform(get("/processes/gcm/uptake").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signedIn.indexOf("Guatemala")).isLessThan(signedIn.indexOf("Armenia"));
        // process, revisions, issues (the issue filter, #9 session 16), the counts, the Chatham House meetings
        // (anonymous
        // readers), the actors ranked.
        assertThat(statements).isLessThanOrEqualTo(6);

        String csv = this.mvc
                .perform(get("/processes/gcm/uptake.csv").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).startsWith("code,actor,proposals,decided").contains("GTM,Guatemala,2,2,2,0,0,0,0,1.000");
    }

    @Test
    void the_proposal_list_costs_the_same_statements_whatever_it_shows() throws Exception {
        StatementCounter.reset();
        assertThat(page("/drafts/gcm/amendments?kind=new-paragraph"))
                .containsPattern("[12] proposals?")
                .doesNotContain("12 proposals");
        int few = StatementCounter.count();
        StatementCounter.reset();
        assertThat(page("/drafts/gcm/amendments")).contains("12 proposals");
        int ten = StatementCounter.count();
        StatementCounter.reset();
        assertThat(page("/drafts/gcm/amendments?actor=GTM")).contains("2 proposals");
        int byActor = StatementCounter.count();

        // process, revisions, meetings, the page of proposals (with its count), their paragraphs, their stands, the
        // actors of those stands, the actors of the filter (two) and its issues (session 17): 10; the actor filter
        // looks its code up (one more), the issue filter does not (ProposalsByIssueTests).
        assertThat(ten).isEqualTo(few).isLessThanOrEqualTo(10);
        assertThat(byActor).isEqualTo(ten + 1);
    }

    @Test
    void the_group_page_shows_its_proposed_language() throws Exception {
        String html = this.mvc
                .perform(get("/groups/EU27"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Proposed language").contains("4 amendment proposals");
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
