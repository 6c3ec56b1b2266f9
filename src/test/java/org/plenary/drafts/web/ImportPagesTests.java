package org.plenary.drafts.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.NodeKind;
import org.plenary.drafts.RevisionDetails;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.StructureNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a revision through the pages: .txt, .md and .docx files and pasted text are read into a structure the
 * analyst can correct (kind, merge, split) before saving; bad files get a clear 400 message and save nothing; a
 * failed save leaves nothing half-imported; only analysts may import.
 */
@PlenaryIntegrationTest
class ImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RevisionImport importer;

    String slug;

    @BeforeEach
    void process() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
    }

    @Test
    void a_txt_file_is_read_into_a_structure_preview_and_saved() throws Exception {
        String text = DraftFixtures.demoText(DraftFixtures.DEMO_FILES[0]);
        String preview = upload(
                        new MockMultipartFile("file", "zero.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("Check the structure")
                .contains("Objective 13: Use immigration detention")
                .contains("value=\"OBJECTIVE\" selected=\"selected\"");

        this.mvc
                .perform(save("Zero Draft", "2018-02-05")
                        .param("nodes[0].kind", "SECTION")
                        .param("nodes[0].text", "Preamble")
                        .param("nodes[1].kind", "PARAGRAPH")
                        .param("nodes[1].text", "1. We reaffirm.")
                        .param("nodes[2].kind", "ITEM")
                        .param("nodes[2].text", "(a) An item."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/drafts/" + this.slug + "/revisions/*"));
        assertThat(kinds()).containsExactly("SECTION", "PARAGRAPH", "ITEM");
        assertThat(this.jdbc
                        .sql(
                                "select source_file from draft_revision r join draft_document d on d.id = r.document_id join process p on p.id = d.process_id where p.slug = ?")
                        .param(this.slug)
                        .query(String.class)
                        .single())
                .isEqualTo("zero.txt");
    }

    @Test
    void markdown_and_pasted_text_are_read_too() throws Exception {
        upload(new MockMultipartFile(
                        "file",
                        "draft.md",
                        "text/markdown",
                        "# Preamble\n\n1. We reaffirm.\n\n## Objective 2: Drivers\n\n6. We commit."
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Objective 2: Drivers")))
                .andExpect(content().string(containsString("value=\"OBJECTIVE\" selected=\"selected\"")));
        this.mvc
                .perform(multipart("/drafts/" + this.slug + "/import")
                        .param("label", "Pasted")
                        .param("issuedOn", "2018-02-05")
                        .param("status", "DRAFT")
                        .param("text", "Preamble\n\n1. Pasted paragraph.")
                        .with(user("a").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1. Pasted paragraph.")));
    }

    @Test
    void a_docx_file_is_read_paragraph_by_paragraph() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : List.of(
                    "Preamble",
                    "1. We reaffirm the Charter.",
                    "Objective 13: Detention",
                    "23. We commit.",
                    "(a) Use existing mechanisms.")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(bytes);
        }
        String preview = upload(new MockMultipartFile(
                        "file",
                        "rev1.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        bytes.toByteArray()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview)
                .contains("(a) Use existing mechanisms.")
                .contains("value=\"ITEM\" selected=\"selected\"")
                .contains("value=\"rev1.docx\"");
    }

    @Test
    void bad_files_get_a_clear_message_and_nothing_is_saved() throws Exception {
        upload(new MockMultipartFile("file", "draft.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is not a .txt, .md or .docx file")));
        upload(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("is empty")));
        upload(new MockMultipartFile("file", "broken.docx", "application/octet-stream", "PK not really".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot be read as a Word (.docx) document")));
        upload(new MockMultipartFile("file", "large.txt", "text/plain", new byte[5 * 1024 * 1024 + 1]))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("larger than 5 MB")));
        assertThat(revisionCount()).isZero();
    }

    @Test
    void the_analyst_corrects_kinds_merges_and_splits_before_saving() throws Exception {
        String html = this.mvc
                .perform(post("/drafts/" + this.slug + "/import/preview")
                        .with(user("a").roles("ANALYST"))
                        .with(csrf())
                        .param("label", "R")
                        .param("issuedOn", "2018-01-01")
                        .param("status", "DRAFT")
                        .param("nodes[0].kind", "TEXT")
                        .param("nodes[0].text", "Preamble")
                        .param("nodes[1].kind", "PARAGRAPH")
                        .param("nodes[1].text", "1. First half")
                        .param("nodes[2].kind", "TEXT")
                        .param("nodes[2].text", "and its second half.")
                        .param("nodes[2].merge", "true")
                        .param("nodes[3].kind", "PARAGRAPH")
                        .param("nodes[3].text", "2. One\n(a) Item on the same block")
                        .param("nodes[3].splitAt", "2"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("1. First half\nand its second half.");
        assertThat(html).contains("nodes3.text").contains("(a) Item on the same block</textarea>");
        assertThat(html).containsPattern("name=\"nodes\\[3\\]\\.kind\"[\\s\\S]*?value=\"ITEM\" selected=\"selected\"");
        assertThat(html).doesNotContain("nodes4.text");
    }

    @Test
    void a_failing_save_leaves_nothing_half_imported() {
        StructureNode fine = new StructureNode(NodeKind.PARAGRAPH, "1", "1. Fine.");
        StructureNode tooLongLabel = new StructureNode(NodeKind.TEXT, "x".repeat(80), "Breaks the label column.");
        assertThatThrownBy(() -> this.importer.save(
                        this.slug,
                        new RevisionDetails("Broken", LocalDate.of(2018, 1, 1), RevisionStatus.DRAFT, null),
                        List.of(fine, tooLongLabel),
                        "analyst"))
                .isInstanceOf(RuntimeException.class);
        assertThat(revisionCount()).isZero();
        assertThat(this.jdbc
                        .sql(
                                "select count(*) from draft_node where text = '1. Fine.' and revision_id not in (select id from draft_revision)")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_viewer_cannot_import() throws Exception {
        this.mvc
                .perform(get("/drafts/" + this.slug + "/import").with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        this.mvc
                .perform(save("X", "2018-01-01")
                        .with(user("v").roles("VIEWER"))
                        .param("nodes[0].kind", "TEXT")
                        .param("nodes[0].text", "Text"))
                .andExpect(status().isForbidden());
        assertThat(revisionCount()).isZero();
        this.mvc
                .perform(get("/drafts/" + this.slug + "/import").with(user("a").roles("ANALYST")))
                .andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions upload(MockMultipartFile file) throws Exception {
        MockMultipartHttpServletRequestBuilder request =
                multipart("/drafts/" + this.slug + "/import").file(file);
        request.param("label", "Zero Draft").param("issuedOn", "2018-02-05").param("status", "PUBLISHED");
        return this.mvc.perform(request.with(user("a").roles("ANALYST")).with(csrf()));
    }

    private MockHttpServletRequestBuilder save(String label, String issuedOn) {
        return post("/drafts/" + this.slug + "/import/save")
                .with(user("analyst").roles("ANALYST"))
                .with(csrf())
                .param("label", label)
                .param("issuedOn", issuedOn)
                .param("status", "DRAFT")
                .param("sourceFile", "zero.txt");
    }

    private List<String> kinds() {
        return this.jdbc.sql("""
				select n.kind from draft_node n join draft_revision r on r.id = n.revision_id
				join draft_document d on d.id = r.document_id join process p on p.id = d.process_id
				where p.slug = ? order by n.position""").param(this.slug).query(String.class).list();
    }

    private int revisionCount() {
        return this.jdbc.sql("""
				select count(*) from draft_revision r join draft_document d on d.id = r.document_id
				join process p on p.id = d.process_id where p.slug = ?""").param(this.slug).query(Integer.class).single();
    }
}
