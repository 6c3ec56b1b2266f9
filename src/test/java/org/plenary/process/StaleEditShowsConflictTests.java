package org.plenary.process;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class StaleEditShowsConflictTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static final RequestPostProcessor ALICE = user("alice-admin").roles("ADMIN");

    private static final RequestPostProcessor BOB = user("bob-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_save_over_someone_elses_answers_409_keeping_the_input_and_showing_the_conflict() throws Exception {
        String slug = "stale-" + UUID.randomUUID().toString().substring(0, 8);
        this.mvc
                .perform(post("/admin/processes")
                        .with(ALICE)
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Original"))
                .andExpect(status().is3xxRedirection());

        long aliceSees = openedVersion(ALICE, slug);
        long bobSees = openedVersion(BOB, slug);
        assertThat(bobSees).isEqualTo(aliceSees);

        this.mvc
                .perform(post("/admin/processes/" + slug)
                        .with(ALICE)
                        .with(csrf())
                        .param("name", "Saved by Alice")
                        .param("description", "Alice was first")
                        .param("version", String.valueOf(aliceSees)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/processes/" + slug));

        String page = this.mvc
                .perform(post("/admin/processes/" + slug)
                        .with(BOB)
                        .with(csrf())
                        .param("name", "Typed by Bob")
                        .param("description", "Bob came second")
                        .param("version", String.valueOf(bobSees)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("class=\"conflict\"", "Someone else saved this record while you were editing")
                .contains("value=\"Typed by Bob\"", "Bob came second")
                .contains("Saved by Alice");
        assertThat(version(page))
                .as("the form now carries the saved version, so a second save replaces it")
                .isEqualTo(aliceSees + 1);
        assertThat(this.jdbc.queryForObject("select name from process where slug = ?", String.class, slug))
                .isEqualTo("Saved by Alice");
        assertThat(this.jdbc.queryForObject("select description from process where slug = ?", String.class, slug))
                .isEqualTo("Alice was first");
    }

    private long openedVersion(RequestPostProcessor who, String slug) throws Exception {
        String form = this.mvc
                .perform(get("/admin/processes/" + slug).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return version(form);
    }

    private static long version(String html) {
        Matcher matcher = VERSION.matcher(html);
        assertThat(matcher.find()).as("the form carries a version").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
