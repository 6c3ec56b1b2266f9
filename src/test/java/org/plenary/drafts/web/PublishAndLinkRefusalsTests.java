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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing and correcting a link fail the way every form fails ({@code FormSubmission}): a rule's refusal shows the
 * page again with the message (400), a stale version says the record changed meanwhile (409), nothing is changed.
 */
@PlenaryIntegrationTest
class PublishAndLinkRefusalsTests {

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
    void publishing_twice_or_a_changed_revision_is_refused_on_its_page() throws Exception {
        RevisionRow published = this.revisions.get(1);
        this.mvc
                .perform(publish(published.id(), published.version()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Zero Draft Plus is published: it cannot change")))
                .andExpect(content().string(containsString("class=\"error-summary\"")));

        RevisionRow draft = this.revisions.get(2);
        this.mvc
                .perform(publish(draft.id(), draft.version() + 7))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The revision changed meanwhile")));
        assertThat(statusOf(draft.id())).isEqualTo("DRAFT");
        this.mvc
                .perform(post("/drafts/" + this.slug + "/revisions/" + draft.id() + "/publish")
                        .with(user("a").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(statusOf(draft.id())).isEqualTo("DRAFT");
        this.mvc.perform(publish(draft.id(), draft.version())).andExpect(status().is3xxRedirection());
        assertThat(statusOf(draft.id())).isEqualTo("PUBLISHED");
    }

    @Test
    void a_predecessor_outside_the_previous_revision_is_refused_at_its_link() throws Exception {
        RevisionRow rev1 = this.revisions.get(2);
        Long node = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '3. This draft compact is a non%'")
                .param(rev1.id())
                .query(Long.class)
                .single();
        Long foreign = this.jdbc
                .sql("select min(id) from draft_node where revision_id = ?")
                .param(this.revisions.get(0).id())
                .query(Long.class)
                .single();
        long version = this.jdbc
                .sql("select version from draft_link where node_id = ? and kind <> 'MERGED'")
                .param(node)
                .query(Long.class)
                .single();
        this.mvc
                .perform(post("/drafts/" + this.slug + "/revisions/" + rev1.id() + "/links/" + node)
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf())
                        .param("predecessorId", foreign.toString())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not in the previous revision")))
                .andExpect(content().string(containsString("href=\"#pred-" + node + "\"")));
        assertThat(this.jdbc
                        .sql("select corrected from draft_link where node_id = ? and kind <> 'MERGED'")
                        .param(node)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder publish(Long id, long version) {
        return post("/drafts/" + this.slug + "/revisions/" + id + "/publish")
                .with(user("a").roles("ANALYST"))
                .with(csrf())
                .param("version", String.valueOf(version));
    }

    private String statusOf(Long revision) {
        return this.jdbc
                .sql("select status from draft_revision where id = ?")
                .param(revision)
                .query(String.class)
                .single();
    }
}
