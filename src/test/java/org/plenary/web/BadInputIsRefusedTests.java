package org.plenary.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Input no browser sends, but anyone can: each answers a 4xx with a message, never a 500, and saves nothing. A NUL
 * character (PostgreSQL cannot store it in text) anywhere in a query parameter or form field, a stance that the
 * issue does not have, a page number near the largest int, a sparse list index in the import form.
 */
@PlenaryIntegrationTest
class BadInputIsRefusedTests {

    private static final String NUL = "\u0000";

    private static final RequestPostProcessor ADMIN = user("bad-input-admin").roles("ADMIN");

    private static final RequestPostProcessor COORDINATOR =
            user("bad-input-coordinator").roles("COORDINATOR");

    private static final RequestPostProcessor ANALYST =
            user("bad-input-analyst").roles("ANALYST");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String suffix;

    String slug;

    @BeforeEach
    void process() {
        this.suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        this.slug = "bad-input-" + this.suffix.toLowerCase();
        long process = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                "Bad input " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        long issue =
                id("insert into issue (process_id, slug, title) values (?, 'topic', 'Topic') returning id", process);
        this.jdbc
                .sql("insert into stance_option (issue_id, option_key, label, colour, rank) values (?, 'yes', 'Yes',"
                        + " '#2a7a3b', 0)")
                .param(issue)
                .update();
        this.jdbc
                .sql("insert into actor (code, kind, name) values (?, 'STATE', ?)")
                .params("BAD" + this.suffix, "Badland " + this.suffix)
                .update();
    }

    @Test
    void a_nul_character_in_a_query_parameter_is_refused_with_a_message() throws Exception {
        refusedForNul(get("/actors").param("q", "Aus" + NUL + "tria"));
        refusedForNul(get("/actors").param("q", NUL));
        refusedForNul(get("/processes/" + this.slug + "/issues/topic/lineup").param("asOf", NUL));
    }

    @Test
    void a_nul_character_in_an_admin_form_saves_nothing() throws Exception {
        refusedForNul(post("/admin/actors")
                .with(ADMIN)
                .with(csrf())
                .param("code", "NUL" + this.suffix)
                .param("kind", "STATE")
                .param("name", "Nul" + NUL + "land"));
        refusedForNul(post("/admin/actors/BAD" + this.suffix + "/aliases")
                .with(ADMIN)
                .with(csrf())
                .param("alias", "Bad" + NUL));
        assertThat(count("select count(*) from actor where code = ?", "NUL" + this.suffix))
                .isZero();
        assertThat(count(
                        "select count(*) from actor_alias a join actor t on t.id = a.actor_id where t.code = ?",
                        "BAD" + this.suffix))
                .isZero();
    }

    @Test
    void a_nul_character_in_a_position_quote_or_source_saves_nothing() throws Exception {
        refusedForNul(position("yes").param("source", "Daily note").param("quote", "We" + NUL + " agree"));
        refusedForNul(position("yes").param("source", "Daily" + NUL));
        assertThat(positions()).isZero();
    }

    @Test
    void a_nul_character_in_the_login_form_is_refused_before_the_throttle_counts_it() throws Exception {
        refusedForNul(
                post("/login").with(csrf()).param("username", "admin" + NUL).param("password", "x"));
    }

    @Test
    void a_nul_character_in_imported_node_text_saves_nothing() throws Exception {
        refusedForNul(importSave().param("nodes[0].kind", "TEXT").param("nodes[0].text", "1. Text" + NUL));
        assertThat(revisions()).isZero();
    }

    @Test
    void a_stance_the_issue_does_not_have_is_a_message_on_the_form() throws Exception {
        MockHttpServletResponse response = this.mvc
                .perform(position("no-such-stance").param("source", "Daily note"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose one of this issue");
        assertThat(positions()).isZero();
    }

    @Test
    void a_page_number_near_the_largest_int_is_refused_with_a_message() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
            get("/actors").param("page", "2147483647"),
            get("/actors").param("page", "-1"),
            get("/admin/actors").with(ADMIN).param("page", "2147483647"),
            get("/admin/audit").with(ADMIN).param("page", "2147483647"),
            get("/admin/audit/requests/1").with(ADMIN).param("page", "2147483647")
        }) {
            MockHttpServletResponse response =
                    this.mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("The value of &quot;page&quot; could not be read");
        }
        assertThat(this.mvc
                        .perform(get("/actors").param("page", "3000"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a page past the end is an empty page")
                .isEqualTo(200);
    }

    @Test
    void a_sparse_index_in_the_import_form_saves_nothing() throws Exception {
        MockHttpServletResponse response = this.mvc
                .perform(importSave()
                        .param("nodes[0].kind", "TEXT")
                        .param("nodes[0].text", "1. Text")
                        .param("nodes[99999].kind", "TEXT")
                        .param("nodes[99999].text", "2. Text"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("too many");
        assertThat(revisions()).isZero();
    }

    @Test
    void a_long_draft_of_300_nodes_still_saves() throws Exception {
        MockHttpServletRequestBuilder save = importSave();
        for (int k = 0; k < 300; k++) {
            save.param("nodes[" + k + "].kind", "TEXT").param("nodes[" + k + "].text", (k + 1) + ". Paragraph.");
        }

        assertThat(this.mvc.perform(save).andReturn().getResponse().getStatus())
                .as("Spring's default of 256 rows made this a 500")
                .isEqualTo(302);
        assertThat(count("""
				select count(*) from draft_node n join draft_revision r on r.id = n.revision_id
				join draft_document d on d.id = r.document_id join process p on p.id = d.process_id
				where p.slug = ?""", this.slug)).isEqualTo(300);
    }

    private void refusedForNul(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getErrorMessage()).contains("NUL");
    }

    private MockHttpServletRequestBuilder position(String optionKey) {
        return post("/processes/" + this.slug + "/issues/topic/positions/new")
                .with(COORDINATOR)
                .with(csrf())
                .param("actorNames", "Badland " + this.suffix)
                .param("optionKey", optionKey)
                .param("validFrom", "2018-03-12");
    }

    private MockHttpServletRequestBuilder importSave() {
        return post("/drafts/" + this.slug + "/import/save")
                .with(ANALYST)
                .with(csrf())
                .param("label", "Zero")
                .param("issuedOn", "2018-02-05")
                .param("status", "DRAFT")
                .param("sourceFile", "zero.txt");
    }

    private long positions() {
        return count(
                "select count(*) from position p join actor a on a.id = p.actor_id where a.code = ?",
                "BAD" + this.suffix);
    }

    private long revisions() {
        return count("""
				select count(*) from draft_revision r join draft_document d on d.id = r.document_id
				join process p on p.id = d.process_id where p.slug = ?""", this.slug);
    }

    private long count(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
