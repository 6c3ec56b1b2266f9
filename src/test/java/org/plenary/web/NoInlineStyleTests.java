package org.plenary.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The content security policy refuses inline styles ({@code style-src 'self'}, no {@code 'unsafe-inline'}), and the
 * pages that used them (stance colours, timeline bars, term counts) carry classes instead: colours come from the
 * generated {@code /css/stances.css}, positions from {@code /css/scale.css}.
 */
@PlenaryIntegrationTest
class NoInlineStyleTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_policy_allows_no_inline_style() throws Exception {
        String policy = this.mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("style-src 'self'").doesNotContain("unsafe-inline");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void pages_with_colours_and_bars_carry_no_style_attribute() throws Exception {
        for (String path : new String[] {
            "/",
            "/processes/gcm",
            "/processes/gcm/issues",
            "/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15",
            "/processes/gcm/matrix?asOf=2018-03-15",
            "/processes/gcm/issues/regular-irregular/edit",
            "/actors/AUT?asOf=2018-03-15",
            "/actors/BRA/positions?process=gcm",
        }) {
            MvcResult result = this.mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString())
                    .as(path)
                    .doesNotContain(" style=\"")
                    .doesNotContain("<style");
        }
    }

    @Test
    void the_stance_stylesheet_colours_every_option_and_answers_304_when_unchanged() throws Exception {
        MvcResult css = this.mvc.perform(get("/css/stances.css")).andReturn();
        assertThat(css.getResponse().getContentType()).startsWith("text/css");
        assertThat(css.getResponse().getContentAsString()).contains(".stance-", "{background:#", ".stance-edge-");
        String etag = css.getResponse().getHeader("ETag");
        assertThat(this.mvc
                        .perform(get("/css/stances.css").header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }
}
