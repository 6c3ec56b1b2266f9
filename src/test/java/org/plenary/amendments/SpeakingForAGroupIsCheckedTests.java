package org.plenary.amendments;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A state speaking "on behalf of" a group it was neither a member nor a spokesperson of on that date is recorded (notes
 * report what was said) with a warning that says what to check (shown by the layout: see
 * {@code AmendmentsJourneyBrowserTests}); a member speaking for its group gets none. The same
 * for a supporter or opponent added later.
 */
@PlenaryIntegrationTest
class SpeakingForAGroupIsCheckedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    String slug;

    Long paragraph;

    @BeforeEach
    void importDemo() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        List<RevisionRow> revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
        this.paragraph = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '2. This draft compact rests%'")
                .param(revisions.get(1).id())
                .query(Long.class)
                .single();
    }

    @Test
    void a_state_outside_the_group_is_recorded_with_a_warning() throws Exception {
        String location = this.mvc
                .perform(proposal("Guatemala", "EU 27", "human rights"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "amendment.saved"))
                .andExpect(flash().attribute(
                                "flashWarning",
                                containsString(
                                        "Guatemala was neither a member nor a spokesperson of EU 27 on 14 March 2018")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(this.jdbc
                        .sql(
                                "select count(*) from amendment where process_id = (select id from process where slug = ?)")
                        .param(this.slug)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        this.mvc
                .perform(post(location + "/stands")
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf())
                        .param("role", "supporter")
                        .param("speaker", "Mexico")
                        .param("onBehalfOf", "African Group")
                        .param("statedOn", "2018-03-14")
                        .param("source", "Round 2 daily update"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashWarning", containsString("Mexico was neither")));
    }

    @Test
    void a_member_speaking_for_its_group_gets_no_warning() throws Exception {
        this.mvc
                .perform(proposal("Austria", "EU 27", "universal human rights"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attribute("flash", "amendment.saved"));
    }

    private MockHttpServletRequestBuilder proposal(String speaker, String group, String words) {
        return post("/drafts/" + this.slug + "/amendments/new")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf())
                .param("nodeId", this.paragraph.toString())
                .param("kind", "replace")
                .param("target", "fundamental human rights")
                .param("words", words)
                .param("speaker", speaker)
                .param("onBehalfOf", group)
                .param("statedOn", "2018-03-14")
                .param("source", "Round 2 daily update, 14 March 2018");
    }
}
