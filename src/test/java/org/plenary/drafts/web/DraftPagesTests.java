package org.plenary.drafts.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionDetails;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.importing.StructureParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The drafts pages render for any logged-in user against real data: the comparison shows word-level redlines, moves
 * as moves, hides renumbering, filters to changes and runs a fixed number of SQL statements whatever the size; the
 * reader has a table of contents and permalinks; history and term tracker follow a paragraph and a phrase.
 */
@PlenaryIntegrationTest
class DraftPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    String slug;

    List<RevisionRow> revisions;

    @BeforeEach
    void importDemo() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = DraftFixtures.importDemo(this.importer, this.slug);
    }

    @Test
    void compare_page_shows_the_round_two_proposals_as_word_level_changes_and_moves_as_moves() throws Exception {
        String html = page("/drafts/" + this.slug + "/compare?from=Zero Draft Plus&to=Rev 1&view=inline");
        assertThat(html)
                .contains("<del>fundamental </del>")
                .contains("<ins> and fundamental freedoms</ins>")
                .contains("<del>children, minors</del>")
                .contains("girls, boys")
                .contains("<ins>based on </ins>")
                .contains("slow-onset");
        assertThat(html).containsPattern("class=\"row moved[^\"]*\"");
        // Renumbering alone is not a change: paragraph 5 -> 6 is shown without a badge.
        assertThat(html).containsPattern("class=\"row renumbered");
        assertThat(html).doesNotContain("<del>5.</del>");
        assertThat(html).contains("id=\"change-1\"").containsPattern("/js/drafts-compare(-[0-9a-f]+)?\\.js");
    }

    @Test
    void only_changes_filter_hides_unchanged_paragraphs_and_side_view_splits_old_and_new() throws Exception {
        String html = page("/drafts/" + this.slug + "/compare?from=Zero Draft Plus&to=Rev 1&only=true");
        assertThat(html).doesNotContain("Invest in programmes that accelerate");
        assertThat(html).contains("class=\"old\"").contains("class=\"new\"");
        assertThat(page("/drafts/" + this.slug + "/compare?from=Zero Draft Plus&to=Rev 1"))
                .contains("Invest in programmes that accelerate");
    }

    @Test
    void compare_page_runs_the_same_number_of_statements_for_a_small_and_a_large_pair() throws Exception {
        StatementCounter.reset();
        page("/drafts/" + this.slug + "/compare?from=Zero Draft&to=Zero Draft Plus");
        int small = StatementCounter.count();

        String large = DraftFixtures.newProcess(this.jdbc);
        List<RevisionRow> big = List.of(
                this.importer.save(
                        large,
                        new RevisionDetails("A", LocalDate.of(2018, 1, 1), RevisionStatus.PUBLISHED, null),
                        StructureParser.parse(longText(0)),
                        "analyst"),
                this.importer.save(
                        large,
                        new RevisionDetails("B", LocalDate.of(2018, 2, 1), RevisionStatus.DRAFT, null),
                        StructureParser.parse(longText(1)),
                        "analyst"));
        StatementCounter.reset();
        page("/drafts/" + large + "/compare?from=" + big.get(0).id() + "&to="
                + big.get(1).id());
        int bigCount = StatementCounter.count();

        // 3 for the comparison (process, revisions, nodes of both; the rows are cached), 1 for the amendments module's
        // marks (the proposals against the older revision, added by its interceptor whatever their number).
        assertThat(small).isPositive().isLessThanOrEqualTo(4);
        assertThat(bigCount).isEqualTo(small);
    }

    @Test
    void reader_has_a_table_of_contents_and_a_permalink_for_every_paragraph() throws Exception {
        String html = page(
                "/drafts/" + this.slug + "/revisions/" + this.revisions.get(2).id());
        assertThat(html).contains("class=\"toc\"").contains("Objective 13: Use immigration detention");
        assertThat(html).containsPattern("href=\"#p-\\d+\"");
        assertThat(html).containsPattern("href=\"/drafts/" + this.slug + "/paragraphs/\\d+\"");
    }

    @Test
    void paragraph_history_follows_one_lineage_through_all_revisions() throws Exception {
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where revision_id = ? and text like '11. We commit%'")
                .param(this.revisions.get(2).id())
                .query(Long.class)
                .single();
        String html = page("/drafts/" + this.slug + "/paragraphs/" + lineage);
        assertThat(html).contains("Zero Draft").contains("Zero Draft Plus").contains("Rev 1");
        assertThat(html).contains("<ins>is lawful, </ins>").contains("<ins>based on </ins>");
    }

    @Test
    void term_tracker_counts_a_phrase_per_revision_and_links_each_occurrence() throws Exception {
        String html = page("/drafts/" + this.slug + "/terms?phrase=fundamental freedoms");
        assertThat(html).contains("Rev 1: 2").doesNotContain("Zero Draft: ");
        assertThat(html).containsPattern("href=\"/drafts/" + this.slug + "/revisions/\\d+#p-\\d+\"");
        assertThat(html)
                .contains(
                        "class=\"bar span-200\""); // a full bar: the widths are classes (no inline style under the CSP)
    }

    @Test
    void draft_revisions_need_a_login_but_any_role_may_read() throws Exception {
        this.mvc
                .perform(get("/drafts/" + this.slug + "/revisions/Rev 1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        this.mvc
                .perform(get("/drafts/" + this.slug).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rev 1")))
                .andExpect(content().string(not(containsString("/import\""))));
        this.mvc
                .perform(get("/drafts/" + this.slug + "/compare?from=nope&to=Rev 1")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_analyst_publishes_a_draft_revision_and_a_viewer_cannot() throws Exception {
        RevisionRow draft = this.revisions.get(2);
        String url = "/drafts/" + this.slug + "/revisions/" + draft.id();
        assertThat(this.mvc
                        .perform(get(url).with(user("a").roles("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/publish");
        this.mvc
                .perform(post(url + "/publish")
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().isForbidden());
        this.mvc
                .perform(post(url + "/publish")
                        .with(user("a").roles("ANALYST"))
                        .with(csrf())
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select status from draft_revision where id = ?")
                        .param(draft.id())
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");
        assertThat(this.mvc
                        .perform(get(url).with(user("a").roles("ANALYST")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("/publish");
    }

    private String page(String url) throws Exception {
        return this.mvc
                .perform(get(url).with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A long text of 30 objectives with 6 paragraphs each; variant 1 edits, inserts and renumbers some. */
    private static String longText(int variant) {
        List<String> blocks = new ArrayList<>();
        blocks.add("Objectives for a long illustrative text");
        int number = 1;
        for (int objective = 1; objective <= 30; objective++) {
            blocks.add("Objective " + objective + ": Objective about topic " + objective);
            for (int p = 0; p < 6; p++) {
                if (variant == 1 && p == 2 && objective % 3 == 0) {
                    blocks.add(number++ + ". A paragraph inserted in objective " + objective + " on new matters.");
                }
                String text = "paragraph on topic " + objective + " item " + p + " with words about migration "
                        + "governance, cooperation and the rights of migrants in situations " + (objective * 7 + p);
                if (variant == 1 && p == 4) {
                    text = text.replace("cooperation", "international cooperation");
                }
                blocks.add(number++ + ". A " + text + ".");
            }
        }
        return String.join("\n\n", blocks);
    }
}
