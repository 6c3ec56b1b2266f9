package org.plenary.caching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

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

    @Autowired
    ResourceUrlProvider resourceUrls;

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

    /**
     * Each link of a page passes through the static-file URL rewriting; a catch-all static mapping made every link a
     * class-path look-up (the line-up page of 200 actors fell to a tenth of its speed). Only the folders are mapped.
     */
    @Test
    void only_the_static_folders_are_mapped_so_page_links_are_not_looked_up_as_files() throws Exception {
        assertThat(this.resourceUrls.getHandlerMap().keySet())
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/maps/**", "/favicon.ico");
        assertThat(this.resourceUrls.getForLookupPath("/actors/AUT")).isNull();
        assertThat(this.resourceUrls.getForLookupPath("/js/plenary.js")).matches("/js/plenary-[0-9a-f]{32}\\.js");
        this.mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
    }
}
