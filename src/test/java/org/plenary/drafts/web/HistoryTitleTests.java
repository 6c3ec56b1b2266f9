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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A paragraph's history says which paragraph it is and where it stands: not "History of 11". */
@PlenaryIntegrationTest
class HistoryTitleTests {

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
    void a_numbered_paragraph_is_named_with_its_objective() throws Exception {
        String html = history("text like '11. We commit%'");
        assertThat(html).contains("<h1>History of paragraph 11</h1>").contains("In Objective 13: Use immigration");
    }

    @Test
    void a_lettered_item_is_named_with_its_paragraph() throws Exception {
        String html = history("kind = 'ITEM' and text like '(a) Use existing relevant human rights mechanisms%'");
        assertThat(html)
                .containsPattern("<h1>History of paragraph \\d+ \\(a\\)</h1>")
                .contains("In Objective 13");
    }

    private String history(String where) throws Exception {
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where revision_id = ? and " + where + " limit 1")
                .param(this.revisions.get(2).id())
                .query(Long.class)
                .single();
        return this.mvc
                .perform(get("/drafts/" + this.slug + "/paragraphs/" + lineage)
                        .with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
