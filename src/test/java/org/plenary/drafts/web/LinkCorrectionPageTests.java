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
 * The lineage links page: anyone logged in sees each paragraph's link; an analyst corrects one (kept, marked,
 * audited under their name); a stale form gets the 409 conflict panel; a viewer may not correct.
 */
@PlenaryIntegrationTest
class LinkCorrectionPageTests {

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
    void an_analyst_corrects_a_link_and_the_correction_is_audited() throws Exception {
        String url =
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(2).id() + "/links";
        this.mvc
                .perform(get(url).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("moved")))
                .andExpect(content().string(containsString("renumbered")));
        Long node = nodeId(this.revisions.get(2), "3. This draft compact is a non-legally binding");
        Long oldThree = nodeId(this.revisions.get(1), "3. Refugees and migrants");
        long version = this.jdbc
                .sql("select version from draft_link where node_id = ? and kind <> 'MERGED'")
                .param(node)
                .query(Long.class)
                .single();

        this.mvc
                .perform(post(url + "/" + node)
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("predecessorId", oldThree.toString())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());

        this.mvc
                .perform(post(url + "/" + node)
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf())
                        .param("predecessorId", oldThree.toString())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select corrected_by from draft_link where node_id = ? and kind <> 'MERGED'")
                        .param(node)
                        .query(String.class)
                        .single())
                .isEqualTo("ana");
        assertThat(this.jdbc
                        .sql(
                                "select count(*) from audit_entry where entity_type = 'LineageLink' and username = 'ana' and action = 'UPDATE'")
                        .query(Integer.class)
                        .single())
                .isPositive();
        this.mvc
                .perform(get(url).with(user("v").roles("VIEWER")))
                .andExpect(content().string(containsString("corrected by ana")));

        this.mvc
                .perform(post(url + "/" + node)
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf())
                        .param("predecessorId", "")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("class=\"conflict\"")));
    }

    private Long nodeId(RevisionRow revision, String start) {
        return this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like ?")
                .params(revision.id(), start + "%")
                .query(Long.class)
                .single();
    }
}
