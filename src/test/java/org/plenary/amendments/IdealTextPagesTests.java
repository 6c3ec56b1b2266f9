package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An actor's ideal text: its proposals (as proponent) applied to the illustrative Zero Draft Plus, compared with Rev 1
 * through the drafts comparison, or with the revision itself while there is no next one; colliding proposals are named
 * and left out; anonymous readers get published revisions only and no proposal known only from a Chatham House
 * meeting; a fixed number of statements whatever the number of proposals.
 */
@PlenaryIntegrationTest
class IdealTextPagesTests {

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

    Long closedMeeting;

    @BeforeEach
    void guatemalaProposes() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
        this.closedMeeting = AmendmentFixtures.chathamHouseMeeting(this.jdbc, this.slug);
        Long p2 = node("2. This draft compact rests%");
        Long p6 = node("6. We commit to create%");
        Long p7c = node("(c) Develop adaptation%");
        propose(
                "Guatemala",
                p2,
                ProposalKind.REPLACE,
                "fundamental human rights",
                "human rights and fundamental freedoms");
        propose("Guatemala", p2, ProposalKind.DELETE, "human rights of all migrants", null);
        propose("Guatemala", p6, ProposalKind.INSERT, "productive lives", "in dignity");
        propose(
                "Guatemala",
                p7c,
                ProposalKind.NEW_PARAGRAPH,
                null,
                "(d) Address slow-onset events as drivers of migration.");
        propose("Austria", p6, ProposalKind.REPLACE, "peaceful", "calm");
        // Known only from a Chatham House meeting: anonymous readers do not learn that Guatemala proposed it.
        this.recorder.propose(
                this.slug,
                new ProposalDraft(p6, ProposalKind.REPLACE, "own country", 0, "homeland", null),
                new StatementDraft(
                        "Guatemala",
                        null,
                        ActorRole.PROPONENT,
                        LocalDate.of(2018, 3, 14),
                        this.closedMeeting,
                        null,
                        null),
                "coordinator");
    }

    @Test
    void without_a_next_revision_the_ideal_text_is_compared_with_the_revision_itself_and_collisions_are_named()
            throws Exception {
        String html = signedIn(url("Zero Draft Plus", "GTM") + "&view=inline");
        assertThat(html)
                .contains("Ideal text of Guatemala: Zero Draft Plus")
                .contains("There is no next revision of Zero Draft Plus yet")
                .contains("Proposals that collide")
                .contains("<q>human rights</q>")
                .contains("not applied: collides")
                .containsPattern("<ins>[^<]*dignity")
                .containsPattern("<ins>[^<]*homeland")
                .containsPattern("<ins>[^<]*slow-onset events as drivers")
                .doesNotContainPattern("<ins>[^<]*calm")
                .doesNotContainPattern("<ins>[^<]*freedoms");
        assertThat(html).contains("/drafts/" + this.slug + "/amendments/");
    }

    @Test
    void two_different_new_paragraphs_after_one_paragraph_collide_and_identical_ones_are_added_once() throws Exception {
        Long p7c = node("(c) Develop adaptation%");
        // The same words under another label: a proposal of its own, but the same paragraph.
        propose(
                "Guatemala",
                p7c,
                ProposalKind.NEW_PARAGRAPH,
                null,
                "(e) Address slow-onset events as drivers of migration.");
        String same = signedIn(url("Zero Draft Plus", "GTM") + "&view=inline");
        assertThat(same).doesNotContain("both add a paragraph after");
        assertThat(Pattern.compile("<ins>[^<]*slow-onset events as drivers")
                        .matcher(same)
                        .results()
                        .count())
                .isOne();

        propose(
                "Guatemala",
                p7c,
                ProposalKind.NEW_PARAGRAPH,
                null,
                "(d) Address sudden-onset disasters as drivers of migration.");
        String html = signedIn(url("Zero Draft Plus", "GTM") + "&view=inline");
        assertThat(html)
                .contains("add different paragraphs at the same place")
                .containsPattern("Address sudden-onset disasters as drivers of migration.</q>\\s*</span></a>\\s*"
                        + "<span>both add a paragraph after \\(c\\)</span>")
                .doesNotContainPattern("<ins>[^<]*onset events as drivers")
                .doesNotContainPattern("<ins>[^<]*sudden-onset")
                // The other proposals are still applied.
                .containsPattern("<ins>[^<]*dignity");
    }

    @Test
    void with_the_next_revision_the_ideal_text_is_compared_with_it() throws Exception {
        AmendmentFixtures.importRev1(this.importer, this.slug);
        String html = signedIn(url("Zero Draft Plus", "GTM") + "&view=inline");
        assertThat(html)
                .contains("Compared with Rev 1")
                .doesNotContain("There is no next revision")
                .containsPattern("<ins>[^<]*dignity");
    }

    @Test
    void anonymous_readers_see_published_revisions_only_and_no_proposal_known_only_from_chatham_house()
            throws Exception {
        String html = anonymous(url("Zero Draft Plus", "GTM") + "&view=inline");
        assertThat(html).containsPattern("<ins>[^<]*dignity").doesNotContain("homeland");
        this.jdbc
                .sql("update draft_revision set status = 'DRAFT' where id = ?")
                .param(this.revisions.get(1).id())
                .update();
        this.mvc
                .perform(get(url("Zero Draft Plus", "GTM")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void links_without_a_revision_go_to_the_latest_the_actor_proposed_changes_to() throws Exception {
        this.mvc
                .perform(get("/drafts/" + this.slug + "/ideal").param("actor", "GTM"))
                .andExpect(redirectedUrl("/drafts/" + this.slug + "/revisions/"
                        + this.revisions.get(1).id() + "/ideal?actor=GTM"));
        this.mvc
                .perform(get("/drafts/" + this.slug + "/ideal")
                        .param("actor", "GTM")
                        .param("revision", "Zero Draft"))
                .andExpect(redirectedUrl("/drafts/" + this.slug + "/revisions/Zero%20Draft/ideal?actor=GTM"));
    }

    @Test
    void bad_input_gets_a_message_not_a_500() throws Exception {
        this.mvc
                .perform(get("/drafts/" + this.slug + "/revisions/Zero Draft Plus/ideal"))
                .andExpect(status().isBadRequest());
        this.mvc.perform(get(url("Zero Draft Plus", "NOPE"))).andExpect(status().isNotFound());
        this.mvc.perform(get(url("Rev 9", "GTM"))).andExpect(status().isNotFound());
        this.mvc.perform(get("/drafts/no-such-process/ideal?actor=GTM")).andExpect(status().isNotFound());
    }

    @Test
    void the_page_runs_the_same_statements_for_one_proposal_and_several() throws Exception {
        StatementCounter.reset();
        signedIn(url("Zero Draft Plus", "GTM"));
        int several = StatementCounter.count();
        StatementCounter.reset();
        signedIn(url("Zero Draft Plus", "AUT"));
        int one = StatementCounter.count();
        // process, revisions, the actor, meetings, the proposals, their paragraphs, stands and their actors, the
        // nodes of both revisions compared. (An actor with no proposal costs three fewer: no paragraphs, stands or
        // actors to read.)
        assertThat(several).isEqualTo(one).isLessThanOrEqualTo(10);
        assertThat(signedIn(url("Zero Draft Plus", "MEX"))).contains("Mexico made no proposals");
    }

    private String url(String revision, String actor) {
        return "/drafts/" + this.slug + "/revisions/" + revision + "/ideal?actor=" + actor;
    }

    private String signedIn(String url) throws Exception {
        return this.mvc
                .perform(get(url).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String anonymous(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Long node(String like) {
        return this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like ?")
                .params(this.revisions.get(1).id(), like)
                .query(Long.class)
                .single();
    }

    private void propose(String actor, Long node, ProposalKind kind, String target, String words) {
        this.recorder.propose(
                this.slug,
                new ProposalDraft(node, kind, target, 0, words, null),
                new StatementDraft(
                        actor, null, ActorRole.PROPONENT, LocalDate.of(2018, 3, 14), null, "Daily update", null),
                "coordinator");
    }
}
