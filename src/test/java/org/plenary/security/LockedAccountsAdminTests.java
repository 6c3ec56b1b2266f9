package org.plenary.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A locked account shows as locked in the accounts admin, and an administrator can unlock it (audited). */
@PlenaryIntegrationTest
class LockedAccountsAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegistry accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_locked_account_shows_as_locked_and_unlocking_it_lets_its_owner_in_and_is_audited() throws Exception {
        String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        this.accounts.ensure(username, "Locked", Role.VIEWER, "correct-password-123");
        long id = this.jdbc
                .sql("select id from account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
        String address = LoginThrottleTests.address();
        for (int i = 0; i < 5; i++) {
            this.mvc.perform(LoginThrottleTests.login(username, "wrong-" + i, address));
        }
        this.mvc
                .perform(LoginThrottleTests.login(username, "correct-password-123", address))
                .andExpect(unauthenticated());

        String admin = "unlocker-" + UUID.randomUUID().toString().substring(0, 8);
        this.mvc
                .perform(get("/admin/accounts").with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString("locked from 1 address until")));
        this.mvc
                .perform(get("/admin/accounts/" + id).with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString("Unlock now")));
        this.mvc
                .perform(post("/admin/accounts/" + id + "/unlock")
                        .with(user(admin).roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        this.mvc
                .perform(get("/admin/accounts/" + id).with(user(admin).roles("ADMIN")))
                .andExpect(content().string(not(containsString("Unlock now"))));
        this.mvc
                .perform(LoginThrottleTests.login(username, "correct-password-123", address))
                .andExpect(authenticated());
        assertThat(this.jdbc
                        .sql("""
								select changes::text from audit_entry
								where action = 'UNLOCK' and entity_type = 'Account' and entity_id = ? and username = ?
								""")
                        .params(String.valueOf(id), admin)
                        .query(String.class)
                        .single())
                .contains("lockedAddresses");
        this.mvc
                .perform(get("/admin/audit")
                        .param("user", admin)
                        .with(user(admin).roles("ADMIN")))
                .andExpect(content().string(containsString("Account: 1 unlocked")))
                .andExpect(content().string(containsString("<td class=\"audit-value\">1</td>")))
                .andExpect(content().string(containsString("<td class=\"audit-value\">0</td>")));
    }
}
