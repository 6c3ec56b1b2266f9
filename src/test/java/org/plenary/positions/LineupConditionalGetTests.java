package org.plenary.positions;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public pages answer conditional requests (caching.PublicPageCaching): an unchanged line-up answers 304 to its ETag
 * for one query, a new position changes the ETag (a sign-in or a follow does not), and only anonymous readers' pages
 * are publicly cacheable.
 */
@PlenaryIntegrationTest
class LineupConditionalGetTests {

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PositionsFixture f;

    long issueId;

    String lineup;

    @BeforeEach
    void setUp() {
        this.f = new PositionsFixture(this.jdbc);
        this.issueId = this.f.issue("topic");
        this.f.position(this.issueId, this.f.actor("AAA", "STATE", "WEOG"), "yes", D12, null, "n");
        this.lineup = "/processes/" + this.f.slug + "/issues/topic/lineup?asOf=2018-03-12";
    }

    @Test
    void an_unchanged_line_up_answers_304_to_its_etag_with_one_query() throws Exception {
        MockHttpServletResponse first = this.mvc
                .perform(get(this.lineup))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("public");
        assertThat(first.getHeader("Set-Cookie"))
                .as("an anonymous reader gets no session")
                .isNull();

        StatementCounter.reset();
        MockHttpServletResponse again = this.mvc
                .perform(get(this.lineup).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andReturn()
                .getResponse();
        assertThat(StatementCounter.count()).as("statements for a 304").isEqualTo(1);
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
    }

    @Test
    void a_new_position_changes_the_etag() throws Exception {
        String before = etag(this.lineup);
        assertThat(etag(this.lineup)).isEqualTo(before);

        this.f.position(this.issueId, this.f.actor("BBB", "STATE", "WEOG"), "no", D12, null, "n");

        String after = etag(this.lineup);
        assertThat(after).isNotEqualTo(before);
        this.mvc.perform(get(this.lineup).header("If-None-Match", before)).andExpect(status().isOk());
    }

    @Test
    void a_visit_or_a_follow_by_a_signed_in_user_leaves_the_public_etag_alone() throws Exception {
        String before = etag(this.lineup);

        this.jdbc
                .sql(
                        "insert into last_visit (username, seen_at) values ('etag-visitor', now())"
                                + " on conflict (username) do update set previous_seen_at = last_visit.seen_at, seen_at = now()")
                .update();
        this.jdbc
                .sql("insert into follow (username, issue_id) values ('etag-visitor', ?) on conflict do nothing")
                .param(this.issueId)
                .update();

        assertThat(etag(this.lineup))
                .as("nothing a public page shows has changed")
                .isEqualTo(before);
    }

    @Test
    void every_public_read_has_an_etag_and_another_url_another_one() throws Exception {
        String base = "/processes/" + this.f.slug;
        String[] urls = {
            base + "/issues/topic/lineup",
            base + "/issues/topic/map.svg",
            base + "/matrix",
            base + "/matrix.csv",
            "/api/v1/processes",
            "/api/v1/processes/" + this.f.slug + "/issues",
            "/api/v1/processes/" + this.f.slug + "/issues/topic/lineup",
            "/api/v1/actors/" + this.f.code("AAA") + "/positions?process=" + this.f.slug
        };
        java.util.Set<String> etags = new java.util.HashSet<>();
        for (String url : urls) {
            MockHttpServletResponse response = this.mvc
                    .perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getHeader("Cache-Control")).as(url).isEqualTo("public, no-cache");
            assertThat(response.getHeaders("Vary"))
                    .as(url)
                    .anySatisfy((v) -> assertThat(v).contains("Cookie"));
            etags.add(response.getHeader("ETag"));
        }
        assertThat(etags).doesNotContainNull().hasSize(urls.length);
    }

    @Test
    void signed_in_pages_are_never_publicly_cacheable() throws Exception {
        String base = "/processes/" + this.f.slug;
        String[] urls = {
            base + "/issues/topic/lineup",
            base + "/issues/topic/map.svg",
            base + "/matrix",
            base + "/matrix.csv",
            "/api/v1/processes/" + this.f.slug + "/issues/topic/lineup",
            base + "/issues",
            "/",
            "/admin"
        };
        for (String url : urls) {
            MockHttpServletResponse response = this.mvc
                    .perform(get(url).with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getHeader("Cache-Control"))
                    .as(url)
                    .doesNotContain("public")
                    .contains("no-store");
            assertThat(response.getHeader("ETag")).as(url).isNull();
        }
    }

    private String etag(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }
}
