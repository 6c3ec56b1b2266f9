package org.plenary.web;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One binder for every form ({@link FormBinding}): text arrives trimmed and blank text as {@code null}, so no service
 * turns blanks into nulls itself; a form holding a password keeps it exactly as typed.
 */
@PlenaryIntegrationTest
class FormBindingTests {

    private static final RequestPostProcessor ADMIN = user("binding-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void text_is_trimmed_and_blank_text_is_null() throws Exception {
        String code = "TRIM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        this.mvc
                .perform(post("/admin/actors")
                        .with(ADMIN)
                        .with(csrf())
                        .param("code", code)
                        .param("kind", "STATE")
                        .param("name", "  Trimland " + code + "  ")
                        .param("officialName", "   ")
                        .param("iso2", ""))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> saved = this.jdbc
                .sql("select name, official_name, iso2 from actor where code = ?")
                .param(code)
                .query()
                .singleRow();
        assertThat(saved.get("name")).isEqualTo("Trimland " + code);
        assertThat(saved.get("official_name")).isNull();
        assertThat(saved.get("iso2")).isNull();
    }

    @Test
    void a_password_keeps_its_spaces() throws Exception {
        String username = "spaces-" + UUID.randomUUID().toString().substring(0, 8);
        this.mvc
                .perform(post("/admin/accounts")
                        .with(ADMIN)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Spaces")
                        .param("role", "VIEWER")
                        .param("password", "  twelve chars and spaces  "))
                .andExpect(status().is3xxRedirection());

        String hash = this.jdbc
                .sql("select password_hash from account where username = ?")
                .param(username)
                .query(String.class)
                .single();
        assertThat(this.passwordEncoder.matches("  twelve chars and spaces  ", hash))
                .isTrue();
    }
}
