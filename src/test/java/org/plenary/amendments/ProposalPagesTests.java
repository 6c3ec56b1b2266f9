package org.plenary.amendments;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Proposals recorded through the quick form against a paragraph of the illustrative Zero Draft Plus: words checked
 * against the paragraph (a field message when absent), names resolved (a group through its spokesperson), identical
 * proposals merged into one with several proponents, edits version-checked (409 conflict page keeping the input),
 * supporters and opponents added, the list filtered and paged; viewers read but do not write.
 */
@PlenaryIntegrationTest
class ProposalPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    String slug;

    List<RevisionRow> revisions;

    Long paragraph2;

    @BeforeEach
    void importDemo() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
        this.paragraph2 = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '2. This draft compact rests%'")
                .param(this.revisions.get(1).id())
                .query(Long.class)
                .single();
    }

    @Test
    void a_proposal_is_recorded_with_its_group_proponent_and_shown() throws Exception {
        String location =
                propose("Austria", "EU 27", "fundamental human rights", "human rights and fundamental freedoms");

        String html = page(location, "viewer", "VIEWER");
        assertThat(html)
                .contains("human rights and fundamental freedoms")
                .contains("EU 27")
                .contains("by Austria")
                .contains("Round 2 daily update, 14 March 2018")
                .contains("pending");
        assertThat(this.jdbc
                        .sql("select username from audit_entry where entity_type = 'Amendment' and entity_id = ?")
                        .param(location.substring(location.lastIndexOf('/') + 1))
                        .query(String.class)
                        .list())
                .containsExactly("coordinator");
    }

    @Test
    void words_not_in_the_paragraph_get_a_field_message() throws Exception {
        String html = this.mvc
                .perform(proposal("Guatemala", "", "girls, boys and adolescents", "children"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("are not in this paragraph");
        assertThat(count("amendment")).isZero();
    }

    @Test
    void a_replacement_by_the_same_words_is_refused() throws Exception {
        // It would leave the paragraph as it is, and come out "adopted verbatim" against any Rev 1 that keeps the
        // words: an uptake for nothing. Case and punctuation do not make it a change.
        String html = this.mvc
                .perform(proposal("Austria", "", "fundamental human rights", "Fundamental human-rights."))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("These are the words it replaces: a replacement must change them.");
        assertThat(count("amendment")).isZero();
    }

    @Test
    void a_proposal_or_a_stand_dated_after_today_is_refused() throws Exception {
        String later = java.time.LocalDate.now().plusDays(2).toString();
        String html = this.mvc
                .perform(post("/drafts/" + this.slug + "/amendments/new")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf())
                        .param("nodeId", this.paragraph2.toString())
                        .param("kind", "replace")
                        .param("target", "fundamental human rights")
                        .param("words", "human rights")
                        .param("speaker", "Austria")
                        .param("statedOn", later)
                        .param("source", "a brief from the future"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("cannot be dated after today");
        assertThat(count("amendment")).isZero();

        String location = propose("Austria", "", "fundamental human rights", "human rights");
        String stand = this.mvc
                .perform(post(location + "/stands")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf())
                        .param("role", "supporter")
                        .param("speaker", "Norway")
                        .param("statedOn", later)
                        .param("source", "a brief from the future"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stand).contains("cannot be dated after today").contains("a brief from the future");
        assertThat(this.jdbc
                        .sql("select count(*) from amendment_actor where amendment_id = ?")
                        .param(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void every_paragraph_of_the_reader_links_to_the_form_for_keyboard_users() throws Exception {
        // Selecting words needs a mouse (or caret browsing); a link per paragraph opens the same form without.
        String reader =
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(1).id();
        String link = "href=\"/drafts/" + this.slug + "/amendments/new?node=" + this.paragraph2 + "\"";
        assertThat(page(reader, "coordinator", "COORDINATOR"))
                .contains(link)
                .contains("aria-label=\"Propose a change to 2\"");
        assertThat(page(reader, "viewer", "VIEWER")).doesNotContain("amendments/new");
        assertThat(page(
                        "/drafts/" + this.slug + "/amendments/new?node=" + this.paragraph2,
                        "coordinator",
                        "COORDINATOR"))
                .contains("2. This draft compact rests on")
                .contains("name=\"target\"");
    }

    @Test
    void an_unknown_name_gets_a_field_message() throws Exception {
        String html = this.mvc
                .perform(proposal("Atlantis", "", "fundamental human rights", "rights"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("is not a known actor");
    }

    @Test
    void identical_proposals_are_one_proposal_with_several_proponents() throws Exception {
        String first = propose("Austria", "EU 27", "fundamental human rights", "human rights and fundamental freedoms");
        String second = propose("Norway", "", "Fundamental human-rights", "human rights and fundamental freedoms.");

        assertThat(second).isEqualTo(first);
        assertThat(count("amendment")).isEqualTo(1);
        assertThat(page(first, "viewer", "VIEWER")).contains("Norway").contains("EU 27");
    }

    @Test
    void a_stale_edit_shows_the_conflict_page_keeping_the_input() throws Exception {
        String location = propose("Guatemala", "", "fundamental human rights", "human rights");
        this.mvc.perform(edit(location, "universal human rights", 0)).andExpect(status().is3xxRedirection());

        String html = this.mvc
                .perform(edit(location, "inalienable human rights", 0))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("inalienable human rights").contains("universal human rights");
    }

    @Test
    void supporters_and_opponents_are_added_and_the_list_filters_by_actor() throws Exception {
        String location =
                propose("Austria", "EU 27", "fundamental human rights", "human rights and fundamental freedoms");
        this.mvc
                .perform(post(location + "/stands")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf())
                        .param("role", "opponent")
                        .param("speaker", "Russia")
                        .param("statedOn", "2018-03-14")
                        .param("source", "Round 2 daily update"))
                .andExpect(status().is3xxRedirection());

        assertThat(page(location, "viewer", "VIEWER")).contains("opponent").contains("Russia");
        assertThat(page("/drafts/" + this.slug + "/amendments?actor=RUS", "viewer", "VIEWER"))
                .contains("human rights and fundamental freedoms");
        assertThat(page("/drafts/" + this.slug + "/amendments?actor=GTM", "viewer", "VIEWER"))
                .contains("No proposals match");
    }

    @Test
    void viewers_may_not_propose_and_anonymous_readers_may_read_but_not_propose() throws Exception {
        this.mvc
                .perform(post("/drafts/" + this.slug + "/amendments/new")
                        .with(user("viewer").roles("VIEWER"))
                        .with(csrf())
                        .param("nodeId", this.paragraph2.toString()))
                .andExpect(status().isForbidden());
        // Reading is public (session 17); the quick form sends an anonymous reader to log in.
        this.mvc.perform(get("/drafts/" + this.slug + "/amendments")).andExpect(status().isOk());
        this.mvc
                .perform(get("/drafts/" + this.slug + "/amendments/new").param("node", this.paragraph2.toString()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void the_quick_form_is_prefilled_from_the_reader_selection() throws Exception {
        String html = this.mvc
                .perform(get("/drafts/" + this.slug + "/amendments/new")
                        .param("node", this.paragraph2.toString())
                        .param("target", "fundamental human rights")
                        .param("occurrence", "0")
                        .with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .containsPattern("name=\"target\">\\s*fundamental human rights</textarea>")
                .contains("datalist id=\"actor-names\"");
    }

    private String propose(String speaker, String onBehalfOf, String target, String words) throws Exception {
        return this.mvc
                .perform(proposal(speaker, onBehalfOf, target, words))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder proposal(String speaker, String onBehalfOf, String target, String words) {
        return post("/drafts/" + this.slug + "/amendments/new")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf())
                .param("nodeId", this.paragraph2.toString())
                .param("kind", "replace")
                .param("target", target)
                .param("words", words)
                .param("speaker", speaker)
                .param("onBehalfOf", onBehalfOf)
                .param("statedOn", "2018-03-14")
                .param("source", "Round 2 daily update, 14 March 2018");
    }

    private MockHttpServletRequestBuilder edit(String location, String words, long version) {
        return post(location + "/edit")
                .with(user("analyst").roles("ANALYST"))
                .with(csrf())
                .param("kind", "replace")
                .param("target", "fundamental human rights")
                .param("words", words)
                .param("version", String.valueOf(version));
    }

    private String page(String url, String name, String role) throws Exception {
        return this.mvc
                .perform(get(url).with(user(name).roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long count(String table) {
        return this.jdbc
                .sql("select count(*) from " + table
                        + " a where a.process_id = (select id from process where slug = ?)")
                .param(this.slug)
                .query(Long.class)
                .single();
    }
}
