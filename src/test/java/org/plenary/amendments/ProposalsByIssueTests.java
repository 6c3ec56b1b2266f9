package org.plenary.amendments;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proposal list and the amendments API filtered by issue ({@code issue=} an issue's slug, any case, as the uptake
 * ranking takes it), on the demo: Micronesia's two proposals bear on {@code climate-driver}, Norway's principle on
 * {@code regular-irregular}, none on {@code firewalls}. An issue the process does not have is a 400 with a message (JSON
 * for the API, a page for the list); the filter costs no statement.
 */
@PlenaryIntegrationTest
class ProposalsByIssueTests {

    private static final String API = "/api/v1/processes/gcm/amendments";

    private static final String LIST = "/drafts/gcm/amendments";

    @Autowired
    MockMvc mvc;

    @Test
    void the_api_gives_the_proposals_on_one_issue() throws Exception {
        this.mvc
                .perform(get(API).param("issue", "climate-driver"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[*].issue").value(everyItem(is("climate-driver"))))
                .andExpect(jsonPath("$[*].actor").value(everyItem(is("FSM"))));
        this.mvc.perform(get(API).param("issue", " Climate-Driver ")).andExpect(header().string("X-Total-Count", "2"));
        this.mvc
                .perform(get(API).param("issue", "regular-irregular").param("actor", "NOR"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].kind").value("new-paragraph"));
        this.mvc
                .perform(get(API).param("issue", "regular-irregular").param("actor", "FSM"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"));
        // An issue of the process with no proposal: an empty page, not an error.
        this.mvc
                .perform(get(API).param("issue", "firewalls"))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void the_api_refuses_an_issue_the_process_does_not_have() throws Exception {
        this.mvc
                .perform(get(API).param("issue", "no-such-issue"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").value(containsString("This process has no issue")))
                .andExpect(jsonPath("$.message").value(containsString("no-such-issue")));
        // Also when another filter would have matched nothing anyway.
        this.mvc
                .perform(get(API).param("issue", "no-such-issue").param("kind", "delete"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_list_shows_the_proposals_on_one_issue_and_offers_the_issues() throws Exception {
        String html = page(get(LIST).param("issue", "climate-driver"), 200);
        assertThat(html)
                .contains("2 proposals")
                .contains("slow-onset and")
                .doesNotContain("girls, boys and adolescents")
                .containsPattern("<option value=\"climate-driver\" selected=\"selected\">")
                .containsPattern("<option value=\"regular-irregular\">");
        assertThat(page(get(LIST).param("issue", "regular-irregular").param("actor", "NOR"), 200))
                .contains("1 proposal")
                .contains("Regular and irregular migration");
        assertThat(page(get(LIST).param("issue", "firewalls"), 200)).contains("No proposals");
    }

    @Test
    void the_list_refuses_an_issue_the_process_does_not_have_with_a_message() throws Exception {
        assertThat(page(get(LIST).param("issue", "no-such-issue"), 400))
                .contains("This process has no issue \u201cno-such-issue\u201d");
        assertThat(page(get(LIST).param("issue", "<b>x"), 400))
                .contains("&lt;b&gt;x")
                .doesNotContain("<b>x");
    }

    @Test
    void the_issue_filter_costs_no_statement() throws Exception {
        StatementCounter.reset();
        page(get(LIST), 200);
        int list = StatementCounter.count();
        StatementCounter.reset();
        page(get(LIST).param("issue", "climate-driver"), 200);
        int listByIssue = StatementCounter.count();
        assertThat(listByIssue).isEqualTo(list);

        StatementCounter.reset();
        api(get(API).param("size", "200"));
        int all = StatementCounter.count();
        StatementCounter.reset();
        api(get(API).param("issue", "climate-driver"));
        int byIssue = StatementCounter.count();
        assertThat(byIssue).isEqualTo(all);
        // Nothing matched: the issue is looked up to tell "no such issue" from "no proposal on it" (one more than
        // another filter that matches nothing: the demo has no deletion of words).
        StatementCounter.reset();
        api(get(API).param("kind", "delete"));
        int none = StatementCounter.count();
        StatementCounter.reset();
        api(get(API).param("issue", "firewalls"));
        assertThat(StatementCounter.count()).isEqualTo(none + 1);
    }

    private void api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        this.mvc.perform(request).andExpect(status().isOk());
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
            throws Exception {
        ResultActions result = this.mvc.perform(request.with(user("viewer").roles("VIEWER")));
        return result.andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }
}
