package org.plenary.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class LoginAndSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRegistry accounts;

    @Test
    void each_demo_account_logs_in_with_the_demo_password() throws Exception {
        for (String username : new String[] {"viewer", "coordinator", "analyst", "admin"}) {
            this.mvc
                    .perform(formLogin().user(username).password("plenary-demo"))
                    .andExpect(authenticated().withUsername(username).withRoles(username.toUpperCase()))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        MvcResult result = this.mvc
                .perform(LoginThrottleTests.login("viewer", "wrong", LoginThrottleTests.address()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        this.mvc
                .perform(get("/login?error").cookie(session(result)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong username or password")));
    }

    @Test
    void the_session_id_changes_at_login() throws Exception {
        // Sessions live in PostgreSQL (Spring Session JDBC): the session is the SESSION cookie, as in a browser.
        Cookie anonymous = session(
                this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
        MvcResult loggedIn = this.mvc
                .perform(post("/login")
                        .cookie(anonymous)
                        .with(csrf())
                        .param("username", "viewer")
                        .param("password", "plenary-demo"))
                .andExpect(authenticated())
                .andReturn();
        assertThat(session(loggedIn).getValue()).isNotEqualTo(anonymous.getValue());
    }

    @Test
    void a_form_without_csrf_token_is_refused() throws Exception {
        // Nobody signed in and no token (the login page was opened in a session that has expired since): the login
        // page again, saying why (see ExpiredSessionLeadsBackToTheFormTests); nobody is logged in.
        this.mvc
                .perform(post("/login").param("username", "viewer").param("password", "plenary-demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?expired"))
                .andExpect(unauthenticated());
    }

    @Test
    void the_api_answers_basic_authentication_without_opening_a_session() throws Exception {
        MvcResult result = this.mvc
                .perform(get("/api/v1/processes").with(httpBasic("viewer", "plenary-demo")))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void the_api_asks_for_basic_credentials_with_a_json_message() throws Exception {
        this.mvc
                .perform(post("/api/v1/diff").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void logout_ends_the_session() throws Exception {
        MvcResult login = this.mvc
                .perform(formLogin().user("viewer").password("plenary-demo"))
                .andReturn();
        Cookie session = session(login);
        // A viewer is refused the admin pages (403); once logged out, sent to the login page instead.
        this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isForbidden());
        this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?loggedOut"));
        this.mvc.perform(get("/admin").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_for_protected_pages() throws Exception {
        this.mvc
                .perform(get("/admin/audit").accept("text/html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    /** The session a response opened or kept: its SESSION cookie (sessions live in PostgreSQL, issue #11). */
    static Cookie session(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("the SESSION cookie").isNotNull();
        return cookie;
    }
}
