package org.plenary.process;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the process and calendar forms is answered 400 with the field's message, and nothing is saved.
 */
@PlenaryIntegrationTest
class ProcessAdminValidationTests {

    private static final RequestPostProcessor ADMIN = user("process-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_blank_name_is_refused() throws Exception {
        String slug = slug();
        assertThat(refused(post("/admin/processes").param("slug", slug).param("name", " ")))
                .contains("Please fill this in.");
        assertThat(processes(slug)).isZero();
    }

    @Test
    void a_slug_with_capitals_or_spaces_is_refused() throws Exception {
        assertThat(refused(post("/admin/processes").param("slug", "Bad Slug").param("name", "Bad")))
                .contains("Use only lowercase letters, digits and single hyphens between them.");
        assertThat(processes("Bad Slug")).isZero();
    }

    @Test
    void a_slug_already_taken_is_refused_next_to_the_slug() throws Exception {
        String html = refused(post("/admin/processes").param("slug", "gcm").param("name", "A second GCM"));
        assertThat(html).contains("Another process already uses this slug.").contains("id=\"slug-error\"");
        assertThat(this.jdbc.queryForObject("select count(*) from process where name = 'A second GCM'", Long.class))
                .isZero();
    }

    @Test
    void a_process_ending_before_it_starts_is_refused() throws Exception {
        String slug = slug();
        assertThat(refused(post("/admin/processes")
                        .param("slug", slug)
                        .param("name", "Backwards")
                        .param("startsOn", "2020-05-01")
                        .param("endsOn", "2020-04-01")))
                .contains("The end date cannot be before the start date.");
        assertThat(processes(slug)).isZero();
    }

    @Test
    void a_day_outside_its_round_is_refused() throws Exception {
        String slug = created();
        long round = round(slug, "2018-03-12", "2018-03-15");
        assertThat(refused(post("/admin/processes/" + slug + "/rounds/" + round + "/days")
                        .param("day", "2018-03-16")))
                .contains("The day must fall within the round");
        assertThat(this.jdbc.queryForObject("select count(*) from round_day where round_id = ?", Long.class, round))
                .isZero();
    }

    @Test
    void the_same_day_twice_is_refused() throws Exception {
        String slug = created();
        long round = round(slug, "2018-03-12", "2018-03-15");
        this.mvc
                .perform(post("/admin/processes/" + slug + "/rounds/" + round + "/days")
                        .param("day", "2018-03-13")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(refused(post("/admin/processes/" + slug + "/rounds/" + round + "/days")
                        .param("day", "2018-03-13")))
                .contains("The round already has this day.");
        assertThat(this.jdbc.queryForObject("select count(*) from round_day where round_id = ?", Long.class, round))
                .isOne();
    }

    @Test
    void a_round_ending_before_it_starts_is_refused() throws Exception {
        String slug = created();
        assertThat(refused(post("/admin/processes/" + slug + "/rounds")
                        .param("name", "Round X")
                        .param("version", "0")
                        .param("startsOn", "2018-03-15")
                        .param("endsOn", "2018-03-12")))
                .contains("The end date cannot be before the start date.");
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from round r join process p on p.id = r.process_id where p.slug = ?",
                        Long.class,
                        slug))
                .isZero();
    }

    @Test
    void a_meeting_ending_before_it_starts_is_refused() throws Exception {
        String slug = created();
        long round = round(slug, "2018-03-12", "2018-03-15");
        this.mvc
                .perform(post("/admin/processes/" + slug + "/rounds/" + round + "/days")
                        .param("day", "2018-03-12")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long day = this.jdbc.queryForObject("select id from round_day where round_id = ?", Long.class, round);
        assertThat(refused(post("/admin/processes/" + slug + "/days/" + day + "/meetings")
                        .param("title", "Plenary")
                        .param("kind", "PLENARY")
                        .param("version", "0")
                        .param("_chathamHouse", "on")
                        .param("startsAt", "15:00")
                        .param("endsAt", "13:00")))
                .contains("The end time cannot be before the start time.");
        assertThat(this.jdbc.queryForObject("select count(*) from meeting where round_day_id = ?", Long.class, day))
                .isZero();
    }

    @Test
    void an_unknown_co_facilitator_code_is_refused() throws Exception {
        String slug = created();
        assertThat(refused(post("/admin/processes/" + slug + "/co-facilitators").param("code", "ATLANTIS")))
                .contains("There is no actor with this code.");
    }

    @Test
    void an_unreadable_date_is_a_bad_request_not_a_server_error() throws Exception {
        String slug = slug();
        this.mvc
                .perform(post("/admin/processes")
                        .with(ADMIN)
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Unreadable")
                        .param("startsOn", "tomorrow"))
                .andExpect(status().isBadRequest());
        assertThat(processes(slug)).isZero();
    }

    @Test
    void only_administrators_may_create_processes() throws Exception {
        String slug = slug();
        this.mvc
                .perform(post("/admin/processes")
                        .with(user("coordinator-x").roles("COORDINATOR"))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Not allowed"))
                .andExpect(status().isForbidden());
        assertThat(processes(slug)).isZero();
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc
                .perform(request.with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String created() throws Exception {
        String slug = slug();
        this.mvc
                .perform(post("/admin/processes")
                        .with(ADMIN)
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Test " + slug))
                .andExpect(status().is3xxRedirection());
        return slug;
    }

    private long round(String slug, String from, String to) throws Exception {
        this.mvc
                .perform(post("/admin/processes/" + slug + "/rounds")
                        .with(ADMIN)
                        .with(csrf())
                        .param("name", "Round 2")
                        .param("location", "New York")
                        .param("version", "0")
                        .param("startsOn", from)
                        .param("endsOn", to))
                .andExpect(status().is3xxRedirection());
        return this.jdbc.queryForObject(
                "select r.id from round r join process p on p.id = r.process_id where p.slug = ?", Long.class, slug);
    }

    private long processes(String slug) {
        return this.jdbc.queryForObject("select count(*) from process where slug = ?", Long.class, slug);
    }

    private static String slug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
