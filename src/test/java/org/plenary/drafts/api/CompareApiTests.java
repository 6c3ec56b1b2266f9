package org.plenary.drafts.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/processes/{process}/compare} answers in the diff contract with lineage ids, over the demo's
 * illustrative revisions (loaded by the drafts demo loader), rebuilds both revisions exactly, and needs a login
 * although the rest of {@code /api/v1/processes} is public.
 */
@PlenaryIntegrationTest
class CompareApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void compares_the_demo_revisions_with_lineage_ids_and_exact_texts() throws Exception {
        String body = this.mvc
                .perform(get("/api/v1/processes/gcm/compare")
                        .param("from", "Zero Draft Plus (illustrative)")
                        .param("to", "Rev 1 (illustrative)")
                        .with(httpBasic("viewer", "plenary-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paragraphs[0].lineage").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode answer = this.json.readTree(body);
        List<String> older = texts("Zero Draft Plus (illustrative)");
        List<String> newer = texts("Rev 1 (illustrative)");
        String[] rebuiltOlder = new String[older.size()];
        String[] rebuiltNewer = new String[newer.size()];
        Set<String> statuses = new HashSet<>();
        for (JsonNode paragraph : answer.get("paragraphs")) {
            statuses.add(paragraph.get("status").asString());
            StringBuilder from = new StringBuilder();
            StringBuilder to = new StringBuilder();
            for (JsonNode op : paragraph.get("ops")) {
                String kind = op.get("op").asString();
                if (!kind.equals("insert")) {
                    from.append(op.get("text").asString());
                }
                if (!kind.equals("delete")) {
                    to.append(op.get("text").asString());
                }
            }
            if (!paragraph.get("from").isNull()) {
                rebuiltOlder[paragraph.get("from").asInt()] = from.toString();
            }
            if (!paragraph.get("to").isNull()) {
                rebuiltNewer[paragraph.get("to").asInt()] = to.toString();
            }
        }
        assertThat(rebuiltOlder).containsExactlyElementsOf(older);
        assertThat(rebuiltNewer).containsExactlyElementsOf(newer);
        assertThat(statuses).contains("equal", "changed", "moved", "inserted");
    }

    @Test
    void needs_a_login_and_names_unknown_revisions() throws Exception {
        this.mvc
                .perform(get("/api/v1/processes/gcm/compare")
                        .param("from", "Zero Draft (illustrative)")
                        .param("to", "Rev 1 (illustrative)"))
                .andExpect(status().isUnauthorized());
        this.mvc
                .perform(get("/api/v1/processes/gcm/compare")
                        .param("from", "Rev 9")
                        .param("to", "Rev 1 (illustrative)")
                        .with(httpBasic("viewer", "plenary-demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("Rev 9")));
        this.mvc
                .perform(get("/api/v1/processes/gcm/compare")
                        .param("from", "Rev 1 (illustrative)")
                        .with(httpBasic("viewer", "plenary-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("\"to\" is required")));
    }

    private List<String> texts(String label) {
        return this.jdbc.sql("""
				select n.text from draft_node n join draft_revision r on r.id = n.revision_id
				join draft_document d on d.id = r.document_id join process p on p.id = d.process_id
				where p.slug = 'gcm' and r.label = ? order by n.position""").param(label).query(String.class).list();
    }
}
