package org.plenary.positions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An archived issue leaves the lists (issues page, matrix, API) and keeps its line-up and positions for history; a
 * coordinator archives and restores it from the edit page, with the issue's version (a stale one is a conflict).
 */
@PlenaryIntegrationTest
class IssueArchiveTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PositionsFixture f;

    long issue;

    @BeforeEach
    void fixture() {
        this.f = new PositionsFixture(this.jdbc);
        this.f.issue("kept");
        this.issue = this.f.issue("old-question");
        long state = this.f.actor("ARC", "STATE", "WEOG");
        this.f.position(this.issue, state, "yes", java.time.LocalDate.of(2018, 3, 12), null, "note");
    }

    @Test
    void an_archived_issue_leaves_the_lists_and_keeps_its_lineup() throws Exception {
        archive(true, 0).andExpect(status().is3xxRedirection());

        String issues = html("/processes/" + this.f.slug + "/issues");
        assertThat(issues).contains("Issue kept");
        assertThat(issues.substring(0, issues.indexOf("Archived issues (1)"))).doesNotContain("Issue old-question");
        assertThat(html("/processes/" + this.f.slug + "/matrix?asOf=2018-03-12"))
                .contains("Issue kept")
                .doesNotContain("Issue old-question");
        assertThat(html("/api/v1/processes/" + this.f.slug + "/issues"))
                .contains("kept")
                .doesNotContain("old-question");
        assertThat(html("/processes/" + this.f.slug + "/issues/old-question/lineup?asOf=2018-03-12"))
                .contains("This issue is archived")
                .contains("Name ARC" + this.f.suffix);
    }

    @Test
    void a_coordinator_restores_it_and_a_stale_version_is_a_conflict() throws Exception {
        archive(true, 0).andExpect(status().is3xxRedirection());
        archive(false, 0).andExpect(status().isConflict());
        archive(false, 1).andExpect(status().is3xxRedirection());
        assertThat(html("/processes/" + this.f.slug + "/issues")).doesNotContain("Archived issues");
        this.mvc
                .perform(post("/processes/" + this.f.slug + "/issues/old-question/archive")
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("version", "2"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_new_position_on_an_archived_issue_is_refused_with_a_message() throws Exception {
        archive(true, 0).andExpect(status().is3xxRedirection());
        long before = positions();

        String page = this.mvc
                .perform(post("/processes/" + this.f.slug + "/issues/old-question/positions/new")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("actorNames", "Name ARC" + this.f.suffix)
                        .param("optionKey", "yes")
                        .param("validFrom", "2018-03-13")
                        .param("source", "Daily note"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("is archived: it keeps its line-up and positions for history");
        assertThat(positions()).isEqualTo(before);

        archive(false, 1).andExpect(status().is3xxRedirection());
        this.mvc
                .perform(post("/processes/" + this.f.slug + "/issues/old-question/positions/new")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("actorNames", "Name ARC" + this.f.suffix)
                        .param("optionKey", "yes")
                        .param("validFrom", "2018-03-13")
                        .param("source", "Daily note"))
                .andExpect(status().is3xxRedirection());
        assertThat(positions()).isEqualTo(before + 1);
    }

    private long positions() {
        return this.jdbc
                .sql("select count(*) from position where issue_id = ?")
                .param(this.issue)
                .query(Long.class)
                .single();
    }

    @Test
    void the_edit_page_offers_archiving_with_a_confirmation() throws Exception {
        String edit = this.mvc
                .perform(get("/processes/" + this.f.slug + "/issues/old-question/edit")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit)
                .contains("/issues/old-question/archive")
                .contains("data-confirm=\"Archive &quot;Issue old-question");
    }

    private org.springframework.test.web.servlet.ResultActions archive(boolean archived, long version)
            throws Exception {
        return this.mvc.perform(post("/processes/" + this.f.slug + "/issues/old-question/archive")
                .with(user("c").roles("COORDINATOR"))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("archived", String.valueOf(archived)));
    }

    private String html(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
