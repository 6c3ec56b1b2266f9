package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coordinators set up an issue and its ordered stance options through the pages, on a process of each test's own:
 * what is saved, what is refused with a field message (and nothing saved), stale edits answered 409 with the input
 * kept, an option in use that cannot be deleted, and who may do it.
 */
@PlenaryIntegrationTest
class IssueAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PositionsFixture f;

    String base;

    @BeforeEach
    void setUp() {
        this.f = new PositionsFixture(this.jdbc);
        this.base = "/processes/" + this.f.slug + "/issues";
    }

    @Test
    void a_coordinator_creates_an_issue_with_three_ordered_options_and_its_empty_lineup_renders() throws Exception {
        this.mvc
                .perform(get(this.base).with(coordinator()))
                .andExpect(content().string(containsString(this.base + "/new")));
        this.mvc.perform(get(this.base + "/new").with(coordinator())).andExpect(status().isOk());
        this.mvc
                .perform(asCoordinator(post(this.base + "/new"))
                        .param("slug", "review-forum")
                        .param("title", "The review forum")
                        .param("description", "Who reviews, how often"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(this.base + "/review-forum/edit"));
        // An issue without options yet still has a line-up page (everyone without a known position).
        this.mvc
                .perform(get(this.base + "/review-forum/lineup").param("asOf", "2018-03-12"))
                .andExpect(status().isOk());
        addOption("review-forum", "monitor", "Monitor implementation", "#2a7a3b")
                .andExpect(status().isFound());
        addOption("review-forum", "track", "Track progress", "#B03A2E").andExpect(status().isFound());
        addOption("review-forum", "in-between", "In between", "#d8a31a").andExpect(status().isFound());
        // "In between" belongs in the middle.
        this.mvc
                .perform(asCoordinator(post(this.base + "/review-forum/options/in-between/move"))
                        .param("direction", "up"))
                .andExpect(status().isFound());
        assertThat(optionKeysInOrder("review-forum")).containsExactly("monitor", "in-between", "track");

        StatementCounter.reset();
        this.mvc
                .perform(get(this.base + "/review-forum/edit").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In between")))
                .andExpect(content().string(containsString("Monitor implementation")))
                .andExpect(content().string(containsString("type=\"color\"")));
        // The process, the issue with its options, their use: a fixed number of statements.
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(4);
        String lineup = this.mvc
                .perform(get(this.base + "/review-forum/lineup").param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lineup).contains("The review forum", "Monitor implementation", "In between", "Track progress");
        assertThat(lineup.indexOf("Monitor implementation")).isLessThan(lineup.indexOf("In between"));
        assertThat(lineup.indexOf("In between")).isLessThan(lineup.indexOf("Track progress"));
        this.mvc
                .perform(get("/api/v1/processes/" + this.f.slug + "/issues"))
                .andExpect(jsonPath("$[0].slug").value("review-forum"))
                .andExpect(jsonPath("$[0].options[2].key").value("track"));
        assertThat(this.jdbc
                        .sql("select colour from stance_option o join issue i on i.id = o.issue_id "
                                + "where i.process_id = ? and o.option_key = 'track'")
                        .param(this.f.processId)
                        .query(String.class)
                        .single())
                .isEqualTo("#b03a2e");
    }

    @Test
    void a_taken_or_malformed_slug_and_a_blank_title_are_refused_with_a_field_message_and_nothing_saved()
            throws Exception {
        this.f.issue("topic");
        this.mvc
                .perform(asCoordinator(post(this.base + "/new"))
                        .param("slug", "topic")
                        .param("title", "Again"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This process already has an issue with this short name.")));
        this.mvc
                .perform(asCoordinator(post(this.base + "/new"))
                        .param("slug", "Bad Slug!")
                        .param("title", "Bad"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use lowercase letters, digits and single hyphens only")))
                .andExpect(content().string(containsString("value=\"Bad Slug!\"")));
        this.mvc
                .perform(asCoordinator(post(this.base + "/new"))
                        .param("slug", "fresh")
                        .param("title", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please fill this in.")));
        assertThat(issueCount()).isEqualTo(1);
    }

    @Test
    void a_malformed_or_duplicate_option_key_a_blank_label_and_a_bad_colour_are_refused_and_nothing_saved()
            throws Exception {
        this.f.issue("topic");
        addOption("topic", "Not OK", "Label", "#000000")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Use lowercase letters, digits and single hyphens only")));
        addOption("topic", "yes", "Yes again", "#000000")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This issue already has an option with this key.")))
                .andExpect(content().string(containsString("value=\"Yes again\"")));
        addOption("topic", "fresh", " ", "#000000")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please fill this in.")));
        addOption("topic", "fresh", "Fresh", "red")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A colour is written #rrggbb.")));
        assertThat(optionKeysInOrder("topic")).containsExactly("yes", "maybe", "no");
    }

    @Test
    void a_stale_issue_edit_answers_409_with_the_input_kept_and_the_saved_values_beside_it() throws Exception {
        this.f.issue("topic");
        this.mvc
                .perform(get(this.base + "/topic/edit").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/edit"))
                        .param("title", "Saved first")
                        .param("version", "0"))
                .andExpect(status().isFound());
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/edit"))
                        .param("title", "My late title")
                        .param("description", "Mine")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else saved this record")))
                .andExpect(content().string(containsString("value=\"My late title\"")))
                .andExpect(content().string(containsString("Saved first")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(this.jdbc
                        .sql("select title from issue where process_id = ?")
                        .param(this.f.processId)
                        .query(String.class)
                        .single())
                .isEqualTo("Saved first");
    }

    @Test
    void a_stale_option_edit_answers_409_with_the_input_kept() throws Exception {
        this.f.issue("topic");
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/edit"))
                        .param("label", "Perhaps")
                        .param("colour", "#123456")
                        .param("version", "0"))
                .andExpect(status().isFound());
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/edit"))
                        .param("label", "On the fence")
                        .param("colour", "#654321")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("value=\"On the fence\"")))
                .andExpect(content().string(containsString("Perhaps")));
        assertThat(this.jdbc
                        .sql("select o.label from stance_option o join issue i on i.id = o.issue_id "
                                + "where i.process_id = ? and o.option_key = 'maybe'")
                        .param(this.f.processId)
                        .query(String.class)
                        .single())
                .isEqualTo("Perhaps");
    }

    @Test
    void an_option_s_short_label_is_saved_shown_in_the_matrix_refused_when_too_long_and_cleared_when_blank()
            throws Exception {
        this.f.issue("topic");
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/edit"))
                        .param("label", "Perhaps, depending on the wording")
                        .param("shortLabel", " Perhaps ")
                        .param("colour", "#d8a31a")
                        .param("version", "0"))
                .andExpect(status().isFound());
        assertThat(shortLabel("maybe")).isEqualTo("Perhaps");
        this.mvc
                .perform(get(this.base + "/topic/options/maybe/edit").with(coordinator()))
                .andExpect(content().string(containsString("value=\"Perhaps\"")));
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/edit"))
                        .param("label", "Perhaps")
                        .param("shortLabel", "A short label far longer than it should be")
                        .param("colour", "#d8a31a")
                        .param("version", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 24 characters")));
        assertThat(shortLabel("maybe")).isEqualTo("Perhaps");
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/edit"))
                        .param("label", "Perhaps")
                        .param("shortLabel", "  ")
                        .param("colour", "#d8a31a")
                        .param("version", "1"))
                .andExpect(status().isFound());
        assertThat(shortLabel("maybe")).isNull();
    }

    private String shortLabel(String key) {
        return this.jdbc
                .sql("select o.short_label from stance_option o join issue i on i.id = o.issue_id "
                        + "where i.process_id = ? and o.option_key = ?")
                .param(this.f.processId)
                .param(key)
                .query((rs, n) -> rs.getString(1))
                .list()
                .get(0);
    }

    @Test
    void moving_options_does_not_make_an_open_option_edit_stale() throws Exception {
        this.f.issue("topic");
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/no/move"))
                        .param("direction", "up"))
                .andExpect(status().isFound());
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/edit"))
                        .param("label", "On the fence")
                        .param("colour", "#d8a31a")
                        .param("version", "0"))
                .andExpect(status().isFound());
        assertThat(optionKeysInOrder("topic")).containsExactly("yes", "no", "maybe");
    }

    @Test
    void an_option_a_position_uses_cannot_be_deleted_and_an_unused_one_can() throws Exception {
        long issue = this.f.issue("topic");
        long actor = this.f.actor("USE", "STATE", "WEOG");
        this.f.position(issue, actor, "no", LocalDate.of(2018, 3, 12), this.f.openMeeting, null);

        this.mvc
                .perform(get(this.base + "/topic/edit").with(coordinator()))
                .andExpect(content().string(not(containsString("/topic/options/no/delete"))))
                .andExpect(content().string(containsString("/topic/options/maybe/delete")));
        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/no/delete")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is used by recorded positions and cannot be deleted")));
        assertThat(optionKeysInOrder("topic")).containsExactly("yes", "maybe", "no");

        this.mvc
                .perform(asCoordinator(post(this.base + "/topic/options/maybe/delete")))
                .andExpect(status().isFound());
        assertThat(optionKeysInOrder("topic")).containsExactly("yes", "no");
        assertThat(this.jdbc
                        .sql("select rank from stance_option where issue_id = ? order by rank")
                        .param(issue)
                        .query(Integer.class)
                        .list())
                .containsExactly(0, 1);
    }

    @Test
    void a_viewer_may_neither_open_nor_post_the_issue_forms_and_sees_no_new_issue_link() throws Exception {
        this.f.issue("topic");
        this.mvc
                .perform(get(this.base).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(this.base + "/new"))));
        this.mvc
                .perform(get(this.base + "/new").with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        this.mvc
                .perform(post(this.base + "/new")
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("slug", "sneaky")
                        .param("title", "Sneaky"))
                .andExpect(status().isForbidden());
        this.mvc
                .perform(post(this.base + "/topic/options/yes/delete")
                        .with(user("v").roles("VIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        this.mvc.perform(get(this.base + "/topic/edit")).andExpect(status().isFound());
        assertThat(issueCount()).isEqualTo(1);
        assertThat(optionKeysInOrder("topic")).containsExactly("yes", "maybe", "no");
    }

    private org.springframework.test.web.servlet.ResultActions addOption(
            String issue, String key, String label, String colour) throws Exception {
        return this.mvc.perform(asCoordinator(post(this.base + "/" + issue + "/options/new"))
                .param("key", key)
                .param("label", label)
                .param("colour", colour));
    }

    private static MockHttpServletRequestBuilder asCoordinator(MockHttpServletRequestBuilder request) {
        return request.with(coordinator()).with(csrf());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
        return user("c").roles("COORDINATOR");
    }

    private List<String> optionKeysInOrder(String issue) {
        return this.jdbc
                .sql("""
				select o.option_key from stance_option o join issue i on i.id = o.issue_id
				where i.process_id = ? and i.slug = ? order by o.rank
				""")
                .params(this.f.processId, issue)
                .query(String.class)
                .list();
    }

    private long issueCount() {
        return this.jdbc
                .sql("select count(*) from issue where process_id = ?")
                .param(this.f.processId)
                .query(Long.class)
                .single();
    }
}
