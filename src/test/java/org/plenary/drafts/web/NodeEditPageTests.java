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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Correcting a paragraph's text: a published revision refuses with a field message (400, not 500); a draft revision
 * accepts, and the cached comparison shows the new text at once; a stale form gets the 409 conflict panel.
 */
@PlenaryIntegrationTest
class NodeEditPageTests {

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
        this.revisions = DraftFixtures.importDemo(this.importer, this.slug);
    }

    @Test
    void a_published_revision_refuses_the_edit_with_a_message() throws Exception {
        Long node = nodeId(this.revisions.get(1), "2. This draft compact rests");
        this.mvc
                .perform(post(edit(node))
                        .with(user("a").roles("ANALYST"))
                        .with(csrf())
                        .param("text", "2. Rewritten.")
                        .param("version", String.valueOf(this.revisions.get(1).version())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is published: it cannot change")));
        assertThat(text(node)).startsWith("2. This draft compact rests");
    }

    @Test
    void a_draft_revision_accepts_the_edit_and_the_comparison_shows_it_at_once() throws Exception {
        String compare = "/drafts/" + this.slug + "/compare?from=Zero Draft Plus&to=Rev 1&view=inline";
        assertThat(page(compare)).doesNotContain("sovereign prerogative");
        Long node = nodeId(this.revisions.get(2), "2. This draft compact rests");
        this.mvc.perform(get(edit(node)).with(user("a").roles("ANALYST"))).andExpect(status().isOk());
        this.mvc
                .perform(post(edit(node))
                        .with(user("a").roles("ANALYST"))
                        .with(csrf())
                        .param("text", "2. This draft compact respects the sovereign prerogative of States.")
                        .param("version", String.valueOf(this.revisions.get(2).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(text(node)).isEqualTo("2. This draft compact respects the sovereign prerogative of States.");
        assertThat(page(compare)).contains("sovereign prerogative");

        this.mvc
                .perform(post(edit(node))
                        .with(user("a").roles("ANALYST"))
                        .with(csrf())
                        .param("text", "2. A stale edit.")
                        .param("version", String.valueOf(this.revisions.get(2).version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("class=\"conflict\"")))
                .andExpect(content().string(containsString("2. A stale edit.")));
        this.mvc.perform(get(edit(node)).with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    private String edit(Long node) {
        return "/drafts/" + this.slug + "/nodes/" + node + "/edit";
    }

    private String page(String url) throws Exception {
        return this.mvc
                .perform(get(url).with(user("r").roles("VIEWER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String text(Long node) {
        return this.jdbc
                .sql("select text from draft_node where id = ?")
                .param(node)
                .query(String.class)
                .single();
    }

    private Long nodeId(RevisionRow revision, String start) {
        return this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like ?")
                .params(revision.id(), start + "%")
                .query(Long.class)
                .single();
    }
}
