package org.plenary.drafts.web;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A comparison exported as a Word document reads like Word's own compare: deleted words struck through, inserted
 * words underlined, the rest plain; published revisions are exported for anyone, draft ones for signed-in users.
 */
@PlenaryIntegrationTest
class CompareExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    String slug;

    @BeforeEach
    void importDemo() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        DraftFixtures.importDemo(this.importer, this.slug);
    }

    @Test
    void deletions_are_struck_through_and_insertions_underlined() throws Exception {
        MockHttpServletResponse response = this.mvc
                .perform(get("/drafts/" + this.slug + "/compare.docx?from=Zero Draft Plus&to=Rev 1")
                        .with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("Zero-Draft-Plus-Rev-1.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<XWPFRun> runs = document.getParagraphs().stream()
                    .flatMap((XWPFParagraph p) -> p.getRuns().stream())
                    .toList();
            assertThat(runs)
                    .anySatisfy((run) -> {
                        assertThat(run.text()).isEqualTo("fundamental ");
                        assertThat(run.isStrikeThrough()).isTrue();
                    })
                    .anySatisfy((run) -> {
                        assertThat(run.text()).isEqualTo(" and fundamental freedoms");
                        assertThat(run.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
                    });
            assertThat(document.getParagraphs().get(0).getText()).contains("Zero Draft Plus compared with Rev 1");
            String all = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(all).contains("Invest in programmes that accelerate");
        }
    }

    @Test
    void only_changes_leaves_out_unchanged_paragraphs() throws Exception {
        byte[] bytes = this.mvc
                .perform(get("/drafts/" + this.slug + "/compare.docx?from=Zero Draft Plus&to=Rev 1&only=true")
                        .with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String all = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .reduce("", String::concat);
            assertThat(all).doesNotContain("Invest in programmes that accelerate");
        }
    }

    @Test
    void the_compare_page_links_the_export_and_a_draft_export_needs_a_login() throws Exception {
        String page = this.mvc
                .perform(get("/drafts/" + this.slug + "/compare?from=Zero Draft&to=Zero Draft Plus"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("href=\"/drafts/" + this.slug + "/compare.docx\\?from=\\d+&amp;to=\\d+");
        this.mvc
                .perform(get("/drafts/" + this.slug + "/compare.docx?from=Zero Draft&to=Zero Draft Plus"))
                .andExpect(status().isOk());
        this.mvc
                .perform(get("/drafts/" + this.slug + "/compare.docx?from=Zero Draft Plus&to=Rev 1"))
                .andExpect(redirectedUrl("/login"));
    }
}
