package org.plenary.drafts.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.diff.Paragraphs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/diff} keeps its JSON contract: names, lower-case statuses, {@code null} for a missing side,
 * exact round trip of both texts, clear errors for bad bodies, and login required.
 */
@PlenaryIntegrationTest
class DiffApiContractTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void answers_with_the_contract_names_and_lower_case_values() throws Exception {
        String body = body(
                "1. Migrants enjoy fundamental human rights.\n\n2. Kept as is.",
                "1. Migrants enjoy human rights and fundamental freedoms.\n\n2. Kept as is.\n\n3. A new paragraph.");
        this.mvc
                .perform(post("/api/v1/diff")
                        .with(httpBasic("analyst", "plenary-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.paragraphs.length()").value(3))
                .andExpect(jsonPath("$.paragraphs[0].status").value("changed"))
                .andExpect(jsonPath("$.paragraphs[0].from").value(0))
                .andExpect(jsonPath("$.paragraphs[0].to").value(0))
                .andExpect(jsonPath("$.paragraphs[0].ops[0].op").value("equal"))
                .andExpect(jsonPath("$.paragraphs[0].lineage").doesNotExist())
                .andExpect(jsonPath("$.paragraphs[1].status").value("equal"))
                .andExpect(jsonPath("$.paragraphs[2].status").value("inserted"))
                .andExpect(jsonPath("$.paragraphs[2].from").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.paragraphs[2].ops[0].op").value("insert"));
    }

    @Test
    void reports_moved_and_deleted_paragraphs() throws Exception {
        String from =
                "Alpha paragraph about borders.\n\nBeta paragraph on detention.\n\nGamma on climate events.\n\nDelta to go.";
        String to = "Gamma on climate events.\n\nAlpha paragraph about borders.\n\nBeta paragraph on detention.";
        JsonNode answer = diff(from, to);
        List<String> statuses = new ArrayList<>();
        answer.get("paragraphs").forEach((p) -> statuses.add(p.get("status").asString()));
        assertThat(statuses).contains("moved", "deleted");
        assertRoundTrip(from, to, answer);
    }

    @Test
    void rebuilds_both_texts_exactly_from_the_json_for_random_edits() throws Exception {
        Random random = new Random(4);
        String[] words = {
            "migrants",
            "human",
            "rights",
            "detention",
            "children",
            "firewall",
            "climate",
            "the",
            "and",
            "of",
            "States",
            "shall",
            "regular",
            "pathways",
            "—",
            "«é»",
            "23.",
            "(a)"
        };
        for (int round = 0; round < 25; round++) {
            List<String> older = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(8); p++) {
                older.add(sentence(random, words));
            }
            List<String> newer = new ArrayList<>(older);
            for (int edit = 0; edit < 1 + random.nextInt(4); edit++) {
                int kind = random.nextInt(4);
                if (kind == 0 || newer.isEmpty()) {
                    newer.add(random.nextInt(newer.size() + 1), sentence(random, words));
                } else if (kind == 1) {
                    newer.remove(random.nextInt(newer.size()));
                } else if (kind == 2) {
                    int at = random.nextInt(newer.size());
                    newer.set(at, newer.get(at) + " " + words[random.nextInt(words.length)]);
                } else {
                    newer.add(random.nextInt(newer.size()), newer.remove(random.nextInt(newer.size())));
                }
            }
            String from = String.join(random.nextBoolean() ? "\n\n" : "\r\n\r\n", older);
            String to = String.join("\n\n \n", newer);
            assertRoundTrip(from, to, diff(from, to));
        }
    }

    @Test
    void answers_the_same_for_the_same_input() throws Exception {
        String from = "One.\n\nTwo words here.\n\nThree.";
        String to = "Three.\n\nTwo more words here.\n\nOne.";
        assertThat(diff(from, to)).isEqualTo(diff(from, to));
    }

    @Test
    void refuses_a_body_without_both_texts_with_a_json_message() throws Exception {
        this.mvc
                .perform(post("/api/v1/diff")
                        .with(httpBasic("viewer", "plenary-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"a\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message", containsString("\"to\" is required")));
        this.mvc
                .perform(post("/api/v1/diff")
                        .with(httpBasic("viewer", "plenary-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("JSON")));
    }

    @Test
    void refuses_texts_larger_than_two_megabytes() throws Exception {
        String huge = "word ".repeat(DiffRequest.MAX_CHARS / 5 + 1);
        this.mvc
                .perform(post("/api/v1/diff")
                        .with(httpBasic("viewer", "plenary-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(huge, "small")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.message", containsString("\"from\" is larger than 2 MB")));
    }

    @Test
    void needs_a_login() throws Exception {
        this.mvc
                .perform(post("/api/v1/diff")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("a", "b")))
                .andExpect(status().isUnauthorized());
        this.mvc
                .perform(post("/api/v1/diff")
                        .with(httpBasic("analyst", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("a", "b")))
                .andExpect(status().isUnauthorized());
    }

    private JsonNode diff(String from, String to) throws Exception {
        String answer = this.mvc
                .perform(post("/api/v1/diff")
                        .with(httpBasic("analyst", "plenary-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(from, to)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return this.json.readTree(answer);
    }

    private String body(String from, String to) {
        return this.json.writeValueAsString(java.util.Map.of("from", from, "to", to));
    }

    /** Every paragraph of each side appears once, rebuilt exactly from its equal + delete or equal + insert ops. */
    private static void assertRoundTrip(String from, String to, JsonNode answer) {
        List<String> older = Paragraphs.split(from);
        List<String> newer = Paragraphs.split(to);
        String[] rebuiltOlder = new String[older.size()];
        String[] rebuiltNewer = new String[newer.size()];
        for (JsonNode paragraph : answer.get("paragraphs")) {
            assertThat(paragraph.has("from")).isTrue();
            assertThat(paragraph.has("to")).isTrue();
            StringBuilder fromText = new StringBuilder();
            StringBuilder toText = new StringBuilder();
            for (JsonNode op : paragraph.get("ops")) {
                String kind = op.get("op").asString();
                assertThat(kind).isIn("equal", "insert", "delete");
                if (!kind.equals("insert")) {
                    fromText.append(op.get("text").asString());
                }
                if (!kind.equals("delete")) {
                    toText.append(op.get("text").asString());
                }
            }
            if (!paragraph.get("from").isNull()) {
                int i = paragraph.get("from").asInt();
                assertThat(rebuiltOlder[i])
                        .as("older paragraph %d appears once", i)
                        .isNull();
                rebuiltOlder[i] = fromText.toString();
            }
            if (!paragraph.get("to").isNull()) {
                int j = paragraph.get("to").asInt();
                assertThat(rebuiltNewer[j])
                        .as("newer paragraph %d appears once", j)
                        .isNull();
                rebuiltNewer[j] = toText.toString();
            }
        }
        assertThat(rebuiltOlder).containsExactlyElementsOf(older);
        assertThat(rebuiltNewer).containsExactlyElementsOf(newer);
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 3 + random.nextInt(12); w++) {
            if (w > 0) {
                sentence.append(random.nextInt(9) == 0 ? "\n" : " ");
            }
            sentence.append(words[random.nextInt(words.length)]);
        }
        return sentence.toString();
    }
}
