package org.plenary.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page names its icon, which is there (no 404 per page), and the stylesheet prints the line-up, the matrix and
 * the comparison without navigation, forms or scrolling windows, changes marked in black and white.
 */
@PlenaryIntegrationTest
class FaviconAndPrintTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_favicon_is_served_to_anyone_and_named_by_every_page() throws Exception {
        byte[] icon = this.mvc
                .perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(icon).startsWith(0, 0, 1, 0);
        assertThat(html("/")).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }

    @Test
    void the_stylesheet_has_print_rules_for_lineup_matrix_and_compare() throws Exception {
        String css = html("/css/plenary.css");
        assertThat(css).contains("@media print");
        String print = css.substring(css.indexOf("@media print"));
        assertThat(print)
                .contains("header.site", "form.filters", "form.compare-choice")
                .contains(".matrix-scroll", ".columns", ".comparison ins", ".comparison del")
                .contains("text-decoration:line-through", "text-decoration:underline");
    }

    private String html(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
