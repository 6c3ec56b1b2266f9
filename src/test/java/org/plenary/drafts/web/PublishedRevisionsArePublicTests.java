package org.plenary.drafts.web;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Published revisions are public documents: an anonymous reader opens the drafts list, the reader, the comparison,
 * the paragraph history and the term tracker of published revisions. Draft revisions stay for signed-in users: they
 * are not listed, and asking for one sends the reader to log in.
 */
@PlenaryIntegrationTest
class PublishedRevisionsArePublicTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    String slug;

    List<RevisionRow> revisions;

    @BeforeEach
    void importDemo() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        // Zero Draft and Zero Draft Plus are published, Rev 1 is a draft.
        this.revisions = DraftFixtures.importDemo(this.importer, this.slug);
    }

    @Test
    void an_anonymous_reader_lists_the_published_revisions_only() throws Exception {
        String list = anonymous("/drafts/" + this.slug);
        assertThat(list).contains(">Zero Draft<", ">Zero Draft Plus<").doesNotContain("Rev 1");
        assertThat(signedIn("/drafts/" + this.slug)).contains(">Rev 1<");
    }

    @Test
    void an_anonymous_reader_reads_and_compares_published_revisions() throws Exception {
        String reader = anonymous(
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(1).id());
        assertThat(reader).contains("class=\"toc\"").doesNotContain("/links\"");
        String compare = anonymous("/drafts/" + this.slug + "/compare?from=Zero Draft&to=Zero Draft Plus");
        assertThat(compare).contains("class=\"old\"").doesNotContain(">Rev 1<");
        assertThat(anonymous("/drafts/" + this.slug + "/terms?phrase=migrants")).doesNotContain("Rev 1");
    }

    @Test
    void a_paragraph_history_shows_an_anonymous_reader_the_published_revisions_only() throws Exception {
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where revision_id = ? and text like '11. We commit%'")
                .param(this.revisions.get(2).id())
                .query(Long.class)
                .single();
        String history = anonymous("/drafts/" + this.slug + "/paragraphs/" + lineage);
        assertThat(history).contains("Zero Draft Plus").doesNotContain("Rev 1");
        assertThat(signedIn("/drafts/" + this.slug + "/paragraphs/" + lineage)).contains("Rev 1");
    }

    @Test
    void a_draft_revision_sends_an_anonymous_reader_to_log_in() throws Exception {
        for (String url : List.of(
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(2).id(),
                "/drafts/" + this.slug + "/revisions/Rev 1",
                "/drafts/" + this.slug + "/compare?from=Zero Draft Plus&to=Rev 1",
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(2).id() + "/links")) {
            this.mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void a_published_revision_offers_no_edit_form() throws Exception {
        RevisionRow published = this.revisions.get(1);
        Long node = this.jdbc
                .sql("select id from draft_node where revision_id = ? order by position limit 1 offset 3")
                .param(published.id())
                .query(Long.class)
                .single();
        this.mvc
                .perform(get("/drafts/" + this.slug + "/nodes/" + node + "/edit")
                        .with(user("a").roles("ANALYST")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/drafts/" + this.slug + "/revisions/" + published.id() + "#p-*"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "drafts.node.published"));
    }

    private String anonymous(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String signedIn(String url) throws Exception {
        return this.mvc
                .perform(get(url).with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
