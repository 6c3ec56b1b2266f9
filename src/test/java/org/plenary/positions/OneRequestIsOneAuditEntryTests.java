package org.plenary.positions;

import java.util.UUID;

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

/** Positions recorded in one request (a pasted list) are one entry of the audit page, with their count. */
@PlenaryIntegrationTest
class OneRequestIsOneAuditEntryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void three_positions_entered_at_once_are_one_audit_entry_saying_three_created() throws Exception {
        PositionsFixture f = new PositionsFixture(this.jdbc);
        f.issue("topic");
        f.actor("ONE", "STATE", "WEOG");
        f.actor("TWO", "STATE", "WEOG");
        f.actor("TRI", "STATE", "WEOG");
        String coordinator = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
        this.mvc
                .perform(post("/processes/" + f.slug + "/issues/topic/positions/new")
                        .with(user(coordinator).roles("COORDINATOR"))
                        .with(csrf())
                        .param("actorNames", "Name ONE" + f.suffix + "\nName TWO" + f.suffix + "\nName TRI" + f.suffix)
                        .param("optionKey", "yes")
                        .param("validFrom", "2018-03-12")
                        .param("source", "Daily note"))
                .andExpect(status().is3xxRedirection());

        assertThat(this.jdbc.sql("""
								select count(distinct request_id) || ' ' || count(*) from audit_entry
								where entity_type = 'Position' and username = ?
								""").param(coordinator).query(String.class).single())
                .as("requests and entries")
                .isEqualTo("1 3");
        String page = this.mvc
                .perform(get("/admin/audit")
                        .param("user", coordinator)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Position: 3 created");
        assertThat(page.split("class=\"audit-request\"", -1)).hasSize(2);
    }
}
