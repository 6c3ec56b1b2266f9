package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The amendments API keeps its contract: {@code POST /api/v1/amendments/outcome} runs the outcome rule on the caller's
 * texts (every outcome, 400 with a message for a body it cannot read, a login needed), and {@code GET
 * /api/v1/processes/{p}/amendments} lists proposals with the contract's names, filtered and paged, and gives anonymous
 * callers public data only (no proposer known only from a Chatham House meeting, no draft revision), as the uptake
 * ranking does.
 */
@PlenaryIntegrationTest
class AmendmentsApiContractTests {

    static final String PARAGRAPH = "2. Migrants enjoy fundamental human rights in all places and at all times.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RevisionImport importer;

    @Autowired
    AmendmentRecorder recorder;

    @Test
    void the_issue_example_is_adopted_verbatim() throws Exception {
        outcome("""
				{"kind":"replace","paragraph":"%s","old":"fundamental human rights",
				 "new":"human rights and fundamental freedoms",
				 "successor":"2. Migrants enjoy human rights and fundamental freedoms in all places and at all times."}
				""".formatted(PARAGRAPH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("verbatim"))
                .andExpect(jsonPath("$.share").value(1.0))
                .andExpect(jsonPath("$.matched").value("human rights and fundamental freedoms"))
                .andExpect(jsonPath("$.reason").value("new-words-in-place"))
                .andExpect(jsonPath("$.candidate").doesNotExist());
    }

    @Test
    void every_outcome_comes_out_of_the_api() throws Exception {
        assertThat(outcomeOf("""
				{"kind":"replace","paragraph":"%s","old":"fundamental human rights","new":"universal human rights",
				 "successor":"2. Migrants enjoy universal rights in all places and at all times."}
				""".formatted(PARAGRAPH))).isEqualTo("partial");
        assertThat(outcomeOf("""
				{"kind":"replace","paragraph":"%s","old":"fundamental human rights","new":"universal human rights",
				 "successor":"%s"}
				""".formatted(PARAGRAPH, PARAGRAPH))).isEqualTo("not-adopted");
        assertThat(outcomeOf("""
				{"kind":"replace","paragraph":"%s","old":"fundamental human rights","new":"universal human rights",
				 "successor":null}
				""".formatted(PARAGRAPH))).isEqualTo("deleted");
        assertThat(outcomeOf("""
				{"kind":"replace","paragraph":"%s","old":"fundamental human rights","new":"universal human rights",
				 "successor":"2. States cooperate on return and readmission under their obligations."}
				""".formatted(PARAGRAPH))).isEqualTo("overtaken");
        assertThat(outcomeOf("""
				{"kind":"insert","paragraph":"%s","after":"all places","new":"including at borders",
				 "successor":"2. Migrants enjoy fundamental human rights in all places including at borders and at all times."}
				""".formatted(PARAGRAPH))).isEqualTo("verbatim");
        assertThat(outcomeOf("""
				{"kind":"delete","paragraph":"%s","old":"and at all times",
				 "successor":"2. Migrants enjoy fundamental human rights in all places."}
				""".formatted(PARAGRAPH))).isEqualTo("verbatim");
        assertThat(outcomeOf("""
				{"kind":"delete-paragraph","paragraph":"%s","successor":null}
				""".formatted(PARAGRAPH))).isEqualTo("verbatim");
        outcome("""
				{"kind":"new-paragraph","new":"States shall end child immigration detention.",
				 "successor":"30. An unrelated paragraph on data.\\n\\n31. States shall end child immigration detention."}
				""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("verbatim"))
                .andExpect(jsonPath("$.candidate").value(1));
    }

    @Test
    void a_body_the_rule_cannot_read_is_a_400_with_a_message() throws Exception {
        refused(
                """
				{"kind":"replace","paragraph":"%s","old":"girls, boys and adolescents","new":"children","successor":null}
				""".formatted(PARAGRAPH),
                "The words \u201cgirls, boys and adolescents\u201d are not in the paragraph.");
        refused("""
				{"kind":"amend","paragraph":"x","old":"x","new":"y"}
				""", "Unknown kind \u201camend\u201d");
        refused("""
				{"paragraph":"x","old":"x","new":"y"}
				""", "The field \"kind\" is required");
        refused("""
				{"kind":"insert","paragraph":"%s","old":"all places","new":"y"}
				""".formatted(PARAGRAPH), "An insert proposal gives \"after\"");
        refused("""
				{"kind":"delete","paragraph":"%s","old":"all places","new":"y"}
				""".formatted(PARAGRAPH), "A delete proposal gives \"old\"");
        refused("""
				{"kind":"replace","old":"all places","new":"y"}
				""", "The field \"paragraph\" is required");
        refused("""
				{"kind":"replace","paragraph":"%s","old":"all places","new":"y","occurrence":-1}
				""".formatted(PARAGRAPH), "The occurrence must be 0");
        refused("{\"kind\": ", "The request body could not be read");
        refused("""
				{"kind":"replace","paragraph":"%s","old":"all places","new":"All places."}
				""".formatted(PARAGRAPH), "The \"new\" words are the \"old\" ones");
        refused("""
				{"paragraph":"%s","old":"all places","new":"y"}
				""".formatted(PARAGRAPH), "The field \"kind\" is required: replace, insert");
        // Words the alignment would take minutes over (it answered after minutes with 100,000 of them); a thousand
        // are more than any paragraph.
        refused("""
				{"kind":"replace","paragraph":"%s","old":"a","new":"c","successor":"c b"}
				""".formatted("a ".repeat(1001)), "The field \"paragraph\" has more than 1,000 words");
        refused("""
				{"kind":"insert","paragraph":"a b","after":"a","new":"%s","successor":"c b"}
				""".formatted("c ".repeat(1001)), "The field \"new\" has more than 1,000 words");
        this.mvc
                .perform(post("/api/v1/amendments/outcome")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"delete-paragraph\",\"paragraph\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_demo_proposals_are_listed_with_the_contract_names() throws Exception {
        // Signed in: the outcomes come from the demo's Rev 1, a draft, and are pending for anonymous callers.
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments")
                        .param("actor", "GTM")
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").isNumber())
                .andExpect(jsonPath("$[0].actor").value("GTM"))
                .andExpect(jsonPath("$[0].actorName").value("Guatemala"))
                .andExpect(jsonPath("$[0].revision").value("Zero Draft Plus (illustrative)"))
                .andExpect(jsonPath("$[0].paragraph").isString())
                .andExpect(jsonPath("$[0].kind").value("replace"))
                .andExpect(jsonPath("$[0].old").isString())
                .andExpect(jsonPath("$[0].new").isString())
                .andExpect(jsonPath("$[0].outcome").value("verbatim"))
                .andExpect(jsonPath("$[0].share").value(1.0))
                .andExpect(jsonPath("$[0].supporters").isArray())
                .andExpect(jsonPath("$[0].opponents").isArray());
        // A group's proposals carry the group's own code; Norway's principle has the EU 27 as supporter.
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("actor", "EU27"))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].actor").value("EU27"));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("actor", "NOR"))
                .andExpect(jsonPath("$[0].supporters[0]").value("EU27"));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments")
                        .param("revision", "Zero Draft Plus (illustrative)")
                        .param("outcome", "not-adopted"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].outcome")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("not-adopted"))));
    }

    @Test
    void pages_are_linked_and_counted_in_a_fixed_number_of_statements() throws Exception {
        StatementCounter.reset();
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(header().string("X-Total-Count", "12"))
                .andExpect(header().string("Link", containsString("page=1")))
                .andExpect(header().string("Link", containsString("rel=\"next\"")));
        int small = StatementCounter.count();
        StatementCounter.reset();
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("size", "200"))
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(header().doesNotExist("Link"));
        assertThat(StatementCounter.count()).isEqualTo(small).isLessThanOrEqualTo(8);
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments")
                        .param("size", "5")
                        .param("page", "2"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(header().string("Link", containsString("rel=\"prev\"")));
    }

    @Test
    void bad_filters_are_refused_with_a_message() throws Exception {
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("kind", "amend"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Unknown kind")));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("outcome", "won"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Unknown outcome")));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("page size")));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("page", "2147483647"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("page")));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("actor", "ATLANTIS"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("ATLANTIS")));
        this.mvc
                .perform(get("/api/v1/processes/gcm/amendments").param("revision", "Rev 9"))
                .andExpect(status().isNotFound());
        this.mvc.perform(get("/api/v1/processes/no-such/amendments")).andExpect(status().isNotFound());
    }

    @Test
    void anonymous_callers_get_public_data_only() throws Exception {
        String slug = DraftFixtures.newProcess(this.jdbc);
        List<RevisionRow> revisions = AmendmentFixtures.importFirstTwo(this.importer, slug);
        Long closed = AmendmentFixtures.chathamHouseMeeting(this.jdbc, slug);
        Long paragraph = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '2. This draft compact rests%'")
                .param(revisions.get(1).id())
                .query(Long.class)
                .single();
        this.recorder.propose(
                slug,
                new ProposalDraft(paragraph, ProposalKind.REPLACE, "fundamental human rights", 0, "human rights", null),
                new StatementDraft(
                        "Guatemala", null, ActorRole.PROPONENT, LocalDate.of(2018, 3, 14), closed, null, null),
                "coordinator");
        this.recorder.propose(
                slug,
                new ProposalDraft(paragraph, ProposalKind.DELETE, "fundamental", 0, null, null),
                new StatementDraft(
                        "Austria", null, ActorRole.PROPONENT, LocalDate.of(2018, 3, 14), closed, "Press release", null),
                "coordinator");
        String url = "/api/v1/processes/" + slug + "/amendments";

        this.mvc
                .perform(get(url).param("kind", "replace"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].actor").value(nullValue()))
                .andExpect(jsonPath("$[0].proponents.length()").value(0));
        this.mvc
                .perform(get(url).param("actor", "GTM"))
                .andExpect(jsonPath("$.length()").value(0));
        this.mvc
                .perform(get(url).param("actor", "AUT"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].actor").value("AUT"));
        this.mvc
                .perform(get(url).param("actor", "GTM").with(httpBasic("viewer", "plenary-demo")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].actor").value("GTM"));

        // The uptake ranking counts the same way (the process module says which meetings were Chatham House).
        assertThat(html("/processes/" + slug + "/uptake", false))
                .contains("Austria")
                .doesNotContain("Guatemala");
        assertThat(html("/processes/" + slug + "/uptake", true))
                .contains("Austria")
                .contains("Guatemala");

        this.jdbc
                .sql("update draft_revision set status = 'DRAFT' where id = ?")
                .param(revisions.get(1).id())
                .update();
        this.mvc.perform(get(url)).andExpect(jsonPath("$.length()").value(0));
        this.mvc.perform(get(url).param("revision", revisions.get(1).label())).andExpect(status().isNotFound());
        this.mvc
                .perform(get(url).with(httpBasic("viewer", "plenary-demo")))
                .andExpect(jsonPath("$.length()").value(2));
    }

    private String html(String url, boolean signedIn) throws Exception {
        var request = get(url);
        if (signedIn) {
            request = request.with(
                    org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                    "viewer")
                            .roles("VIEWER"));
        }
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions outcome(String body) throws Exception {
        return this.mvc.perform(post("/api/v1/amendments/outcome")
                .with(httpBasic("viewer", "plenary-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String outcomeOf(String body) throws Exception {
        String json = outcome(body)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.replaceAll("(?s).*\"outcome\":\"([^\"]+)\".*", "$1");
    }

    private void refused(String body, String message) throws Exception {
        outcome(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString(message)));
    }
}
