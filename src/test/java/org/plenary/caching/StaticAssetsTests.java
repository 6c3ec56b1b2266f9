package org.plenary.caching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are linked under URLs that carry a hash of their content, and kept for a year by browsers and proxies:
 * a new release's file has a new URL.
 */
@PlenaryIntegrationTest
class StaticAssetsTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/plenary-[0-9a-f]{32}\\.css)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void pages_link_the_stylesheet_by_content_hash_and_it_is_kept_for_a_year() throws Exception {
        String page = this.mvc
                .perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher link = STYLESHEET.matcher(page);
        assertThat(link.find()).as("a versioned stylesheet link in %s", page).isTrue();

        MockHttpServletResponse css = this.mvc
                .perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(css.getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
    }
}
