package org.plenary.process;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator's edit lands in the audit trail with who made it and what changed, co-facilitators included.
 */
@PlenaryIntegrationTest
class AdminEditIsAuditedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_edit_is_recorded_with_its_user_and_changes() throws Exception {
        String admin = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor as = user(admin).roles("ADMIN");
        String slug = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        this.mvc
                .perform(post("/admin/processes")
                        .with(as)
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Before"))
                .andExpect(status().is3xxRedirection());
        long id = this.jdbc.queryForObject("select id from process where slug = ?", Long.class, slug);
        this.mvc
                .perform(post("/admin/processes/" + slug)
                        .with(as)
                        .with(csrf())
                        .param("name", "After")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        this.mvc
                .perform(post("/admin/processes/" + slug + "/co-facilitators")
                        .with(as)
                        .with(csrf())
                        .param("code", "MEX"))
                .andExpect(status().is3xxRedirection());

        String changes = this.jdbc.queryForObject("""
				select changes::text from audit_entry
				where username = ? and action = 'UPDATE' and entity_type = 'Process' and entity_id = ?
				""", String.class, admin, String.valueOf(id));
        assertThat(changes).contains("\"name\"", "Before", "After");
        assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_entry
				where username = ? and action = 'CREATE' and entity_type = 'CoFacilitator'
				""", Long.class, admin)).isOne();
    }
}
