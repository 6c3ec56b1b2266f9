package org.plenary.amendments;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
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
 * Proposals bear on an issue of their process (optional): the forms offer the process's issues and refuse another
 * process's, the API says it, and the demo ties the proposals the briefs tie (Micronesia's two on climate as a driver,
 * Norway's principle on the regular/irregular distinction). Uptake by issue and by round (the round of the calendar the
 * proposal's meeting or date falls in) on the actor and group pages; the ranking filtered by revision, issue and
 * regional group (then only states), page and CSV, at the same number of statements whatever the filters; unknown
 * filters answered 400 or 404 with a message.
 */
@PlenaryIntegrationTest
class UptakeByIssueAndRoundTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RevisionImport importer;

    String slug;

    @AfterEach
    void removeOwnProposals() {
        // Other tests count the actors' proposals: this test's process goes with its proposals.
        if (this.slug != null) {
            this.jdbc.sql("delete from process where slug = ?").param(this.slug).update();
        }
    }

    @Test
    void the_briefs_tie_three_demo_proposals_to_issues() throws Exception {
        assertThat(anonymous("/api/v1/processes/gcm/amendments?actor=FSM"))
                .containsPattern("(\"issue\":\"climate-driver\".*){2}");
        assertThat(anonymous("/api/v1/processes/gcm/amendments?actor=NOR")).contains("\"issue\":\"regular-irregular\"");
        assertThat(anonymous("/api/v1/processes/gcm/amendments?actor=GTM"))
                .contains("\"issue\":null")
                .doesNotContain("\"issue\":\"");
    }

    @Test
    void the_ranking_filters_by_issue_and_regional_group() throws Exception {
        assertThat(anonymous("/processes/gcm/uptake?issue=climate-driver"))
                .contains("Micronesia")
                .doesNotContain("Guatemala")
                .doesNotContain("Norway");
        assertThat(anonymous("/processes/gcm/uptake?region=WEOG"))
                .contains("Norway")
                .contains("Only the states of the Western European and Others Group")
                .doesNotContain(">EU 27<")
                .doesNotContain("Guatemala");
        assertThat(anonymous("/processes/gcm/uptake?region=asia_pacific&revision=Zero Draft Plus (illustrative)"))
                .contains("Micronesia")
                .contains("Bangladesh")
                .doesNotContain("Armenia");
        assertThat(anonymous("/processes/gcm/uptake?issue=regular-irregular&region=WEOG"))
                .contains("Norway")
                .doesNotContain("Micronesia");
        // Without a regional-group filter the groups are ranked beside the states.
        assertThat(anonymous("/processes/gcm/uptake")).contains(">EU 27<").contains("Norway");

        String csv = anonymous("/processes/gcm/uptake.csv?issue=climate-driver");
        assertThat(csv)
                .startsWith("code,actor,proposals,decided,verbatim,partial,not_adopted,overtaken,deleted,uptake,"
                        + "regional_group");
        assertThat(csv.lines().skip(1).toList()).singleElement().asString().startsWith("FSM,Micronesia,2,");
        // Guatemala's outcomes come from the demo's Rev 1, a draft: pending for anonymous readers.
        assertThat(anonymous("/processes/gcm/uptake.csv?region=GRULAC"))
                .contains("GTM,Guatemala,2,0,0,0,0,0,0,")
                .doesNotContain("EU27");
    }

    @Test
    void unknown_filters_get_a_message_not_a_500() throws Exception {
        assertThat(failing("/processes/gcm/uptake?issue=no-such-issue", 400)).contains("There is no issue");
        assertThat(failing("/processes/gcm/uptake?region=NORDIC", 400)).contains("There is no regional group");
        assertThat(failing("/processes/gcm/uptake?revision=Rev 9", 404)).contains("There is no revision");
        String escaped = page(get("/processes/gcm/uptake.csv").param("region", "<b>"), 400);
        assertThat(escaped).contains("&lt;b&gt;").doesNotContain("<b>");
        failing("/processes/gcm/uptake.csv?issue=no-such-issue", 400);
        failing("/processes/no-such-process/uptake?region=WEOG", 404);
    }

    @Test
    void the_ranking_costs_the_same_statements_whatever_its_filters() throws Exception {
        StatementCounter.reset();
        anonymous("/processes/gcm/uptake");
        int all = StatementCounter.count();
        StatementCounter.reset();
        anonymous(
                "/processes/gcm/uptake?issue=climate-driver&region=ASIA_PACIFIC&revision=Zero Draft Plus (illustrative)");
        int filtered = StatementCounter.count();
        StatementCounter.reset();
        anonymous("/processes/gcm/uptake?issue=objective-2-scope");
        int none = StatementCounter.count();

        // process, revisions, issues, the counts, the Chatham House meetings (anonymous readers), the actors ranked.
        assertThat(all).isLessThanOrEqualTo(6);
        assertThat(filtered).isEqualTo(all);
        // Nothing to rank: no actor to look up.
        assertThat(none).isEqualTo(all - 1);
    }

    @Test
    void actor_and_group_pages_show_uptake_by_issue_and_round() throws Exception {
        String micronesia = anonymous("/actors/FSM");
        assertThat(section(micronesia))
                .contains("By issue")
                .contains("Climate change as a driver of migration")
                .contains("By round")
                .contains("Round 2")
                .doesNotContain("No issue recorded");
        String group = section(anonymous("/groups/EU27"));
        assertThat(group).contains("No issue recorded").contains("Round 2");
    }

    @Test
    void the_forms_offer_the_process_issues_and_refuse_another_process_issue() throws Exception {
        Long paragraph = newProcessWithAnIssue();
        Long issue = issueId(this.slug, "detention");
        String form = page(
                get("/drafts/" + this.slug + "/amendments/new")
                        .param("node", paragraph.toString())
                        .with(user("coordinator").roles("COORDINATOR")),
                200);
        assertThat(form).contains("name=\"issueId\"").contains("Child detention &lt;b&gt;");
        // gcm's issues are not this process's.
        assertThat(form).doesNotContain("Climate change as a driver of migration");

        String refused = page(proposal(paragraph, issueId("gcm", "climate-driver")), 400);
        assertThat(refused).contains("Choose one of this process");
        this.mvc.perform(proposal(paragraph, 0L)).andExpect(status().isBadRequest());

        // Another proponent of the same words joins the proposal and gives it the issue it lacked.
        String location = this.mvc
                .perform(proposal(paragraph, null))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String joined = this.mvc
                .perform(proposal(paragraph, issue, "Norway"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(joined).isEqualTo(location);
        assertThat(viewer(location)).contains("Child detention &lt;b&gt;");
        assertThat(viewer("/drafts/" + this.slug + "/amendments")).contains("class=\"issue-of\"");
    }

    @Test
    void an_edit_changes_the_issue_and_a_stale_one_shows_it_in_the_conflict() throws Exception {
        Long paragraph = newProcessWithAnIssue();
        Long issue = issueId(this.slug, "detention");
        String location = this.mvc
                .perform(proposal(paragraph, issue))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String edit = page(get(location + "/edit").with(user("analyst").roles("ANALYST")), 200);
        assertThat(edit).containsPattern("value=\"" + issue + "\"\\s+selected");

        this.mvc.perform(edit(location, null, 0)).andExpect(status().is3xxRedirection());
        assertThat(viewer(location)).doesNotContain("Child detention");
        String conflict = page(edit(location, issue, 0), 409);
        assertThat(conflict).contains("Issue").contains("Child detention &lt;b&gt;");
    }

    /** A process with the illustrative drafts and one issue (its title to be escaped); paragraph 2 of Zero Draft Plus. */
    private Long newProcessWithAnIssue() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        List<RevisionRow> revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
        this.jdbc
                .sql("insert into issue (process_id, slug, title) select id, 'detention', 'Child detention <b>'"
                        + " from process where slug = ?")
                .param(this.slug)
                .update();
        return this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '2. This draft compact rests%'")
                .param(revisions.get(1).id())
                .query(Long.class)
                .single();
    }

    private Long issueId(String process, String issue) {
        return this.jdbc
                .sql("select i.id from issue i join process p on p.id = i.process_id where p.slug = ? and i.slug = ?")
                .params(process, issue)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder proposal(Long paragraph, Long issue) {
        return proposal(paragraph, issue, "Iceland");
    }

    private MockHttpServletRequestBuilder proposal(Long paragraph, Long issue, String speaker) {
        MockHttpServletRequestBuilder request = post("/drafts/" + this.slug + "/amendments/new")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf())
                .param("nodeId", paragraph.toString())
                .param("kind", "replace")
                .param("target", "fundamental human rights")
                .param("words", "human rights of all")
                .param("speaker", speaker)
                .param("statedOn", "2018-03-14")
                .param("source", "A test");
        return (issue != null) ? request.param("issueId", issue.toString()) : request;
    }

    private MockHttpServletRequestBuilder edit(String location, Long issue, long version) {
        MockHttpServletRequestBuilder request = post(location + "/edit")
                .with(user("analyst").roles("ANALYST"))
                .with(csrf())
                .param("kind", "replace")
                .param("target", "fundamental human rights")
                .param("words", "human rights of all")
                .param("version", String.valueOf(version));
        return (issue != null) ? request.param("issueId", issue.toString()) : request;
    }

    private static String section(String page) {
        int at = page.indexOf("uptake-section");
        assertThat(at).as("the proposed-language section").isPositive();
        return page.substring(at, page.indexOf("</section>", at));
    }

    private String anonymous(String url) throws Exception {
        return page(get(url), 200);
    }

    private String viewer(String url) throws Exception {
        return page(get(url).with(user("viewer").roles("VIEWER")), 200);
    }

    private String failing(String url, int status) throws Exception {
        return page(get(url), status);
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return this.mvc
                .perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
