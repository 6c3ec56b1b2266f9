package org.plenary.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form sent after its session expired (no session, so no CSRF token, nobody signed in) is answered by the login page
 * instead of a 403, and logging in leads back to the page the form was on. A signed-in user whose token does not match
 * still gets the 403; a Referer of another site is not followed.
 */
@PlenaryIntegrationTest
class ExpiredSessionLeadsBackToTheFormTests {

    static final String FORM = "/processes/gcm/issues/regular-irregular/positions/new";

    @Autowired
    MockMvc mvc;

    @Test
    void an_expired_form_goes_to_the_login_page_and_back_to_the_form() throws Exception {
        MockHttpServletResponse expired = this.mvc
                .perform(post(FORM)
                        .header("Referer", "http://localhost" + FORM + "?asOf=2018-03-14")
                        .param("quote", "We will always support this."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn()
                .getResponse();
        Cookie session = expired.getCookie("SESSION");
        assertThat(session).as("a session holds where to go after logging in").isNotNull();
        String login = this.mvc
                .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login?expired")
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(login).contains("Your session expired before the form was sent");

        String back = this.mvc
                .perform(post("/login")
                        .cookie(session)
                        .with(csrf())
                        .param("username", "coordinator")
                        .param("password", "plenary-demo"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).contains(FORM + "?asOf=2018-03-14");
    }

    @Test
    void another_sites_referer_is_not_followed() throws Exception {
        MockHttpServletResponse expired = this.mvc
                .perform(post(FORM).header("Referer", "https://example.org" + FORM))
                .andExpect(redirectedUrl("/login?expired"))
                .andReturn()
                .getResponse();
        var login = post("/login").with(csrf()).param("username", "coordinator").param("password", "plenary-demo");
        if (expired.getCookie("SESSION") != null) {
            login = login.cookie(expired.getCookie("SESSION"));
        }
        String back = this.mvc.perform(login).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).doesNotContain("example.org").doesNotContain(FORM);
    }

    @Test
    void a_signed_in_user_with_a_wrong_token_still_gets_the_403() throws Exception {
        this.mvc
                .perform(post(FORM)
                        .with(user("coordinator").roles("COORDINATOR"))
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }
}
