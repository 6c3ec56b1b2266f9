package org.plenary.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit page reads as changes (field, before, after) grouped by request, filtered by user, entity and date, paged;
 * a request's page lists all its changes.
 */
@PlenaryIntegrationTest
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final RequestPostProcessor admin = user("admin").roles("ADMIN");

    private String editor;

    private long processId;

    @BeforeEach
    void anEditorRenamesAProcess() throws Exception {
        this.editor = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        String slug = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor as = user(this.editor).roles("ADMIN");
        this.mvc
                .perform(post("/admin/processes")
                        .with(as)
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Old name"))
                .andExpect(status().is3xxRedirection());
        this.mvc
                .perform(post("/admin/processes/" + slug)
                        .with(as)
                        .with(csrf())
                        .param("name", "New name")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        this.processId = this.jdbc
                .sql("select id from process where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    @Test
    void a_change_reads_as_its_fields_before_and_after_in_one_entry_per_request() throws Exception {
        String page = this.mvc
                .perform(get("/admin/audit").param("user", this.editor).with(this.admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Process: 1 updated", "Process: 1 created", "Old name", "New name");
        assertThat(page.split("class=\"audit-request\"", -1))
                .as("two requests, two entries")
                .hasSize(3);
        assertThat(page).contains("<td>name</td>");
    }

    @Test
    void filters_by_user_entity_and_date() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        this.mvc
                .perform(get("/admin/audit")
                        .param("user", this.editor.toUpperCase())
                        .param("type", "Process")
                        .param("entity", String.valueOf(this.processId))
                        .param("from", today)
                        .param("to", today)
                        .with(this.admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New name")));
        this.mvc
                .perform(get("/admin/audit")
                        .param("user", this.editor)
                        .param("type", "Phase")
                        .with(this.admin))
                .andExpect(content().string(containsString("Nothing recorded")))
                .andExpect(content().string(not(containsString("New name"))));
        this.mvc
                .perform(get("/admin/audit")
                        .param("user", this.editor)
                        .param("from", "2000-01-01")
                        .param("to", "2000-01-02")
                        .with(this.admin))
                .andExpect(content().string(containsString("Nothing recorded")));
    }

    @Test
    void a_page_past_the_end_shows_the_last_and_a_bad_page_or_date_is_a_400_with_a_message() throws Exception {
        this.mvc
                .perform(get("/admin/audit").param("page", "99999").with(this.admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("audit-request")));
        this.mvc
                .perform(get("/admin/audit").param("page", "2147483647").with(this.admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The value of &quot;page&quot; could not be read")));
        this.mvc
                .perform(get("/admin/audit").param("page", "-3").with(this.admin))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(get("/admin/audit").param("from", "12/03/2018").with(this.admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Not a date")));
    }

    @Test
    void a_request_page_lists_every_change_of_that_request() throws Exception {
        long request = this.jdbc
                .sql("""
						select request_id from audit_entry
						where entity_type = 'Process' and entity_id = ? and action = 'UPDATE'
						""")
                .param(String.valueOf(this.processId))
                .query(Long.class)
                .single();
        this.mvc
                .perform(get("/admin/audit/requests/" + request).with(this.admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Old name")))
                .andExpect(content().string(containsString(this.editor)));
        this.mvc
                .perform(get("/admin/audit/requests/" + Long.MAX_VALUE).with(this.admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_audit_page_runs_a_fixed_number_of_statements() throws Exception {
        StatementCounter.reset();
        this.mvc.perform(get("/admin/audit").with(this.admin)).andExpect(status().isOk());
        int all = StatementCounter.count();
        StatementCounter.reset();
        this.mvc
                .perform(get("/admin/audit").param("user", this.editor).with(this.admin))
                .andExpect(status().isOk());
        assertThat(StatementCounter.count()).isEqualTo(all).isLessThanOrEqualTo(5);
    }
}
