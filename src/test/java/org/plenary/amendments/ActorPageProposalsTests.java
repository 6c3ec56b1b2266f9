package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actor and group pages list the actor's own proposals (as proponent; a group's through its spokesperson) with
 * their outcomes, newest revision first, the first ten with a link to the rest; public data only for anonymous readers
 * (no draft revision, no proposal known to be the actor's only from a Chatham House meeting); and the pages cost the
 * same statements when the proposals double.
 */
@PlenaryIntegrationTest
class ActorPageProposalsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RevisionImport importer;

    @Autowired
    AmendmentRecorder recorder;

    String slug;

    List<RevisionRow> revisions;

    Long paragraph;

    @AfterEach
    void removeOwnProposals() {
        // Other tests count the actors' proposals: this test's process goes with its proposals.
        if (this.slug != null) {
            this.jdbc.sql("delete from process where slug = ?").param(this.slug).update();
        }
    }

    @Test
    void the_demo_pages_list_the_proposals_with_their_outcomes() throws Exception {
        String guatemala = section(viewer("/actors/GTM"));
        assertThat(guatemala)
                .contains("Its proposals, newest revision first")
                .contains("girls, boys and adolescents")
                .contains("Zero Draft Plus (illustrative)")
                .contains("adopted verbatim")
                .doesNotContain("The 10 newest");
        assertThat(rows(guatemala)).isEqualTo(2);
        String eu27 = section(viewer("/groups/EU27"));
        assertThat(rows(eu27)).isEqualTo(4);
        assertThat(eu27).contains("outcome-overtaken").contains("human rights and fundamental freedoms");
        // The demo's Rev 1 is a draft: its outcomes tell what it says, so an anonymous reader sees the same proposals
        // pending.
        String guatemalaInPublic = section(anonymous("/actors/GTM"));
        assertThat(rows(guatemalaInPublic)).isEqualTo(2);
        assertThat(guatemalaInPublic)
                .contains("girls, boys and adolescents")
                .doesNotContain("outcome-verbatim")
                .contains("outcome-pending");
        assertThat(section(anonymous("/groups/EU27"))).doesNotContain("outcome-overtaken");
        // A state that proposed nothing: the section says so.
        assertThat(section(anonymous("/actors/BRA")))
                .contains("No amendment proposals recorded.")
                .doesNotContain("<table");
    }

    @Test
    void newest_revision_first_ten_shown_and_a_link_to_all() throws Exception {
        newProcess();
        Long zeroDraft = node(this.revisions.get(0), "2. This draft compact rests%");
        propose(zeroDraft, "on the oldest revision", null, "A test");
        for (int k = 1; k <= 11; k++) {
            propose(this.paragraph, "rights number " + k, null, "A test");
        }
        String page = section(viewer("/actors/ISL"));
        assertThat(rows(page)).isEqualTo(10);
        assertThat(page)
                .contains("The 10 newest of its 12 proposals.")
                .contains("rights number 1<")
                .doesNotContain("on the oldest revision")
                .contains("/drafts/" + this.slug + "/amendments?actor=ISL")
                .contains("All its proposals in Test process " + this.slug + " (12)");
        // Each row links to its proposal for a signed-in reader.
        assertThat(page).containsPattern("href=\"/drafts/" + this.slug + "/amendments/\\d+\"");
    }

    @Test
    void an_override_is_shown_with_the_computed_outcome_beside_it() throws Exception {
        newProcess();
        Long id = propose(this.paragraph, "words nobody adopts", null, "A test");
        this.jdbc
                .sql("update amendment_outcome set override_outcome = 'VERBATIM', override_reason = 'Read in the room',"
                        + " overridden_by = 'analyst' where amendment_id = ?")
                .param(id)
                .update();
        assertThat(section(anonymous("/actors/ISL")))
                .contains("adopted verbatim")
                .contains("set by an analyst")
                .contains("computed: not adopted");
    }

    @Test
    void anonymous_readers_see_public_proposals_only() throws Exception {
        newProcess();
        Long closed = AmendmentFixtures.chathamHouseMeeting(this.jdbc, this.slug);
        propose(this.paragraph, "said in the open", null, "Press release");
        propose(this.paragraph, "said behind closed doors", closed, null);
        propose(this.paragraph, "closed doors but published", closed, "Its own statement");
        Long rev1 = node(this.revisions.get(2), "2. This draft compact rests%");
        propose(rev1, "against a draft revision", null, "Press release");
        this.jdbc
                .sql("update draft_revision set status = 'DRAFT' where id = ?")
                .param(this.revisions.get(2).id())
                .update();

        String anonymous = section(anonymous("/actors/ISL"));
        assertThat(anonymous)
                .contains("said in the open")
                .contains("closed doors but published")
                .doesNotContain("behind closed doors")
                .doesNotContain("against a draft revision")
                .contains("2 amendment proposals");
        assertThat(rows(anonymous)).isEqualTo(2);
        String signedIn = section(viewer("/actors/ISL"));
        assertThat(signedIn)
                .contains("said behind closed doors")
                .contains("against a draft revision")
                .contains("4 amendment proposals");
        assertThat(rows(signedIn)).isEqualTo(4);
        // The newest revision first: the draft Rev 1's proposal leads.
        assertThat(signedIn.indexOf("against a draft revision")).isLessThan(signedIn.indexOf("said in the open"));
    }

    @Test
    void proposal_pages_are_public_but_not_the_proposals_heard_only_in_private() throws Exception {
        newProcess();
        Long closed = AmendmentFixtures.chathamHouseMeeting(this.jdbc, this.slug);
        Long open = propose(this.paragraph, "said in the open", null, "Press release");
        Long secret = propose(this.paragraph, "said behind closed doors", "Mexico", null, closed, null);
        Long draft = propose(node(this.revisions.get(2), "2. This draft compact rests%"), "on a draft", null, "A test");
        this.jdbc
                .sql("update draft_revision set status = 'DRAFT' where id = ?")
                .param(this.revisions.get(2).id())
                .update();
        String base = "/drafts/" + this.slug + "/amendments";

        // The actor page links each row to its proposal, which an anonymous reader may open.
        assertThat(section(anonymous("/actors/ISL"))).contains("href=\"" + base + "/" + open + "\"");
        assertThat(anonymous(base + "/" + open)).contains("said in the open").contains("Iceland");
        this.mvc.perform(get(base + "/" + secret)).andExpect(status().isNotFound());
        this.mvc.perform(get(base + "/" + draft)).andExpect(status().isNotFound());
        assertThat(viewer(base + "/" + secret))
                .contains("said behind closed doors")
                .contains("Mexico");
        assertThat(viewer(base + "/" + draft)).contains("on a draft");

        // The list: neither the proposal nor its proponent (in the actor filter); a draft revision named is a 404.
        String list = anonymous(base);
        assertThat(list)
                .contains("said in the open")
                .doesNotContain("closed doors")
                .doesNotContain("Mexico");
        assertThat(list).contains("1 proposal").doesNotContain("on a draft");
        assertThat(anonymous(base + "?actor=MEX")).contains("No proposals match");
        this.mvc.perform(get(base).param("revision", "Rev 1")).andExpect(status().isNotFound());
        assertThat(viewer(base))
                .contains("said behind closed doors")
                .contains("Mexico")
                .contains("3 proposals");

        // The paragraph's history and the reader's counts leave it out too.
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where id = ?")
                .param(this.paragraph)
                .query(Long.class)
                .single();
        assertThat(anonymous("/drafts/" + this.slug + "/paragraphs/" + lineage))
                .contains("said in the open")
                .doesNotContain("closed doors");
        String reader =
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(1).id();
        assertThat(anonymous(reader)).contains("1 proposal").doesNotContain("2 proposals");
        assertThat(viewer(reader)).contains("2 proposals");
    }

    @Test
    void the_pages_cost_the_same_statements_when_the_proposals_double() throws Exception {
        newProcess();
        int[] none = statements();
        for (int k = 1; k <= 3; k++) {
            propose(this.paragraph, "state words " + k, null, "A test");
            propose(this.paragraph, "group words " + k, "Austria", "EU 27", null, "A test");
        }
        int[] before = statements();
        for (int k = 4; k <= 6; k++) {
            propose(this.paragraph, "state words " + k, null, "A test");
            propose(this.paragraph, "group words " + k, "Austria", "EU 27", null, "A test");
        }
        int[] after = statements();
        assertThat(after).containsExactly(before);
        // Iceland without any proposal: the same (the section says it has none, after the same reads).
        assertThat(none[0]).isEqualTo(before[0]);
        assertThat(none[1]).isEqualTo(before[1]);
        assertThat(section(anonymous("/groups/EU27"))).contains("group words 6");
        // Iceland's page and the EU 27's: the list is one statement (it replaced the one for the processes the actor
        // proposed in), so ActorPagesTests' and ActorPageStancesTests' limits stand; printed for the notes.
        System.out.println("actor page statements (ISL anonymous, signed in; EU27 anonymous, signed in): "
                + java.util.Arrays.toString(after));
    }

    /** Statements of Iceland's page (anonymous, signed in) and the EU 27's (anonymous, signed in). */
    private int[] statements() throws Exception {
        int[] counts = new int[4];
        String[] pages = {"/actors/ISL", "/actors/ISL", "/groups/EU27", "/groups/EU27"};
        for (int k = 0; k < pages.length; k++) {
            StatementCounter.reset();
            if (k % 2 == 0) {
                anonymous(pages[k]);
            } else {
                viewer(pages[k]);
            }
            counts[k] = StatementCounter.count();
        }
        return counts;
    }

    private void newProcess() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = new java.util.ArrayList<>(AmendmentFixtures.importFirstTwo(this.importer, this.slug));
        this.revisions.add(AmendmentFixtures.importRev1(this.importer, this.slug));
        this.paragraph = node(this.revisions.get(1), "2. This draft compact rests%");
    }

    private Long node(RevisionRow revision, String like) {
        return this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like ?")
                .params(revision.id(), like)
                .query(Long.class)
                .single();
    }

    /** Iceland replaces "migration status" (in paragraph 2 of every revision) with the words; evidence: the meeting and the source given. */
    private Long propose(Long node, String words, Long meeting, String source) {
        return propose(node, words, "Iceland", null, meeting, source);
    }

    private Long propose(Long node, String words, String speaker, String group, Long meeting, String source) {
        return this.recorder.propose(
                this.slug,
                new ProposalDraft(node, ProposalKind.REPLACE, "migration status", 0, words, null),
                new StatementDraft(
                        speaker, group, ActorRole.PROPONENT, LocalDate.of(2018, 3, 14), meeting, source, null),
                "coordinator");
    }

    private static int rows(String section) {
        Matcher rows = Pattern.compile("<tr>\\s*<td").matcher(section);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }

    private static String section(String page) {
        int at = page.indexOf("uptake-section");
        assertThat(at).as("the proposed-language section").isPositive();
        return page.substring(at, page.indexOf("</section>", at));
    }

    private String anonymous(String url) throws Exception {
        return page(get(url));
    }

    private String viewer(String url) throws Exception {
        return page(get(url).with(user("viewer").roles("VIEWER")));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
