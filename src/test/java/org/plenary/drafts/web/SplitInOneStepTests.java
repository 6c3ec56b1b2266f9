package org.plenary.drafts.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.drafts.DraftFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The structure screen numbers a node's lines and splits it before the chosen one in one step (one button per line),
 * the new node's kind recognised from its first line; a file and pasted text together are refused.
 */
@PlenaryIntegrationTest
class SplitInOneStepTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_node_is_split_before_the_chosen_line_in_one_step() throws Exception {
        String slug = DraftFixtures.newProcess(this.jdbc);
        String text = "1. We reaffirm the Charter.\nIt guides us.\nObjective 13: Use detention only as a last resort";
        String before = preview(slug, text, null);
        assertThat(before)
                .contains("<ol class=\"lines\">")
                .contains("name=\"split\" value=\"0:2\"")
                .contains("name=\"split\" value=\"0:3\"")
                .doesNotContain("value=\"0:1\"");

        String after = preview(slug, text, "0:3");
        assertThat(after)
                .contains("1. We reaffirm the Charter.\nIt guides us.</textarea>")
                .contains("Objective 13: Use detention only as a last resort</textarea>")
                .containsPattern("(?s)nodes\\[1\\]\\.kind.*?value=\"OBJECTIVE\" selected=\"selected\"");
    }

    @Test
    void a_file_and_pasted_text_together_are_refused() throws Exception {
        String slug = DraftFixtures.newProcess(this.jdbc);
        String html = this.mvc
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/drafts/" + slug + "/import")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "zero.txt", "text/plain", "1. From the file.".getBytes()))
                        .param("label", "Zero")
                        .param("issuedOn", "2018-02-05")
                        .param("status", "DRAFT")
                        .param("text", "1. Pasted.")
                        .with(user("a").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Give either a file or pasted text, not both");
    }

    private String preview(String slug, String text, String split) throws Exception {
        var request = post("/drafts/" + slug + "/import/preview")
                .with(user("a").roles("ANALYST"))
                .with(csrf())
                .param("label", "Zero")
                .param("issuedOn", "2018-02-05")
                .param("status", "DRAFT")
                .param("nodes[0].kind", "PARAGRAPH")
                .param("nodes[0].text", text);
        if (split != null) {
            request.param("split", split);
        }
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
