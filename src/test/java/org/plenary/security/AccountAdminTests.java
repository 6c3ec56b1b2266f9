package org.plenary.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts through the admin pages: a new account logs in with its hashed password; short passwords and taken
 * usernames are refused; administrators cannot demote or disable themselves; a stale edit answers 409.
 */
@PlenaryIntegrationTest
class AccountAdminTests {

    private static final RequestPostProcessor ADMIN = user("account-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_new_account_stores_only_a_hash_and_can_log_in() throws Exception {
        String username = username();
        create(username, "correct horse battery").andExpect(status().is3xxRedirection());
        String hash = this.jdbc.queryForObject(
                "select password_hash from account where username = ?", String.class, username);
        assertThat(hash).doesNotContain("correct horse battery");
        assertThat(this.passwordEncoder.matches("correct horse battery", hash)).isTrue();
        this.mvc
                .perform(formLogin("/login").user(username).password("correct horse battery"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void a_short_password_is_refused_and_nothing_saved() throws Exception {
        String username = username();
        String html = create(username, "too-short")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("The password needs at least 12 characters.").doesNotContain("too-short");
        assertThat(accounts(username)).isZero();
    }

    @Test
    void a_taken_username_is_refused() throws Exception {
        String html = create("ADMIN", "long enough password")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Another account already has this username.");
        assertThat(this.jdbc.queryForObject("select count(*) from account where lower(username) = 'admin'", Long.class))
                .isOne();
    }

    @Test
    void an_administrator_cannot_demote_or_disable_themselves() throws Exception {
        String username = username();
        create(username, "long enough password", "ADMIN").andExpect(status().is3xxRedirection());
        long id = id(username);
        RequestPostProcessor self = user(username).roles("ADMIN");
        assertThat(this.mvc
                        .perform(post("/admin/accounts/" + id)
                                .with(self)
                                .with(csrf())
                                .param("displayName", "Me")
                                .param("role", "VIEWER")
                                .param("enabled", "true")
                                .param("_enabled", "on")
                                .param("version", "0"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You cannot take the administrator role from your own account.");
        assertThat(this.mvc
                        .perform(post("/admin/accounts/" + id)
                                .with(self)
                                .with(csrf())
                                .param("displayName", "Me")
                                .param("role", "ADMIN")
                                .param("_enabled", "on")
                                .param("version", "0"))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You cannot disable your own account.");
        assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
                .isEqualTo("ADMIN");
        assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void another_administrator_edits_the_account_and_a_stale_edit_is_refused() throws Exception {
        String username = username();
        create(username, "long enough password").andExpect(status().is3xxRedirection());
        long id = id(username);
        this.mvc.perform(get("/admin/accounts/" + id).with(ADMIN)).andExpect(status().isOk());
        this.mvc
                .perform(post("/admin/accounts/" + id)
                        .with(ADMIN)
                        .with(csrf())
                        .param("displayName", "Coordinator now")
                        .param("role", "COORDINATOR")
                        .param("_enabled", "on")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id))
                .as("an unticked box disables the account")
                .isFalse();
        this.mvc
                .perform(post("/admin/accounts/" + id)
                        .with(ADMIN)
                        .with(csrf())
                        .param("displayName", "Stale")
                        .param("role", "ANALYST")
                        .param("enabled", "true")
                        .param("_enabled", "on")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
                .isEqualTo("COORDINATOR");
    }

    @Test
    void a_password_reset_needs_twelve_characters() throws Exception {
        String username = username();
        create(username, "long enough password").andExpect(status().is3xxRedirection());
        long id = id(username);
        String before = hash(id);
        this.mvc
                .perform(post("/admin/accounts/" + id + "/password")
                        .with(ADMIN)
                        .with(csrf())
                        .param("password", "short"))
                .andExpect(status().isBadRequest());
        assertThat(hash(id)).isEqualTo(before);
        this.mvc
                .perform(post("/admin/accounts/" + id + "/password")
                        .with(ADMIN)
                        .with(csrf())
                        .param("password", "a brand new passphrase"))
                .andExpect(status().is3xxRedirection());
        assertThat(this.passwordEncoder.matches("a brand new passphrase", hash(id)))
                .isTrue();
    }

    @Test
    void the_account_pages_render_for_administrators_only() throws Exception {
        this.mvc.perform(get("/admin/accounts").with(ADMIN)).andExpect(status().isOk());
        this.mvc.perform(get("/admin/accounts/new").with(ADMIN)).andExpect(status().isOk());
        this.mvc
                .perform(get("/admin/accounts").with(user("viewer-x").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    private ResultActions create(String username, String password) throws Exception {
        return create(username, password, "VIEWER");
    }

    private ResultActions create(String username, String password, String role) throws Exception {
        return this.mvc.perform(post("/admin/accounts")
                .with(ADMIN)
                .with(csrf())
                .param("username", username)
                .param("displayName", "Test " + username)
                .param("role", role)
                .param("password", password));
    }

    private long accounts(String username) {
        return this.jdbc.queryForObject("select count(*) from account where username = ?", Long.class, username);
    }

    private long id(String username) {
        return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private String hash(long id) {
        return this.jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
    }

    private static String username() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
