package org.plenary.process;

import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator builds a process' calendar through the admin pages: phase, round, day, meeting, co-facilitator;
 * edits and deletes them; and every admin page of the demo process renders.
 */
@PlenaryIntegrationTest
class CalendarAdminTests {

    private static final RequestPostProcessor ADMIN = user("calendar-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_builds_edits_and_prunes_a_calendar() throws Exception {
        String slug = "cal-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/admin/processes/" + slug;
        post("/admin/processes", "slug", slug, "name", "Plastics treaty");
        post(
                base + "/phases",
                "name",
                "Negotiations",
                "startsOn",
                "2024-01-01",
                "endsOn",
                "2024-12-31",
                "version",
                "0");
        post(
                base + "/rounds",
                "name",
                "INC-5",
                "location",
                "Busan",
                "startsOn",
                "2024-11-25",
                "endsOn",
                "2024-12-01",
                "version",
                "0");
        long round = id("select r.id from round r join process p on p.id = r.process_id where p.slug = ?", slug);
        post(base + "/rounds/" + round + "/days", "day", "2024-11-25");
        long day = id("select id from round_day where round_id = ?", round);
        post(
                base + "/days/" + day + "/meetings",
                "title",
                "Opening plenary",
                "kind",
                "PLENARY",
                "startsAt",
                "10:00",
                "endsAt",
                "13:00",
                "chathamHouse",
                "true",
                "version",
                "0");
        long meeting = id("select id from meeting where round_day_id = ?", day);
        post(base + "/co-facilitators", "code", "che");

        String page = this.mvc
                .perform(get(base).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Negotiations", "INC-5", "Busan", "Opening plenary", "Switzerland");
        this.mvc
                .perform(get(base + "/meetings/" + meeting).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("value=\"10:00")
                        .contains("checked"));

        long version = id("select version from meeting where id = ?", meeting);
        post(
                base + "/meetings/" + meeting,
                "title",
                "Opening plenary (resumed)",
                "kind",
                "INFORMAL",
                "startsAt",
                "10:00",
                "endsAt",
                "18:00",
                "_chathamHouse",
                "on",
                "version",
                String.valueOf(version));
        assertThat(this.jdbc.queryForObject("select title from meeting where id = ?", String.class, meeting))
                .isEqualTo("Opening plenary (resumed)");
        assertThat(this.jdbc.queryForObject("select chatham_house from meeting where id = ?", Boolean.class, meeting))
                .as("an unticked checkbox clears the flag")
                .isFalse();

        post(base + "/meetings/" + meeting + "/delete");
        assertThat(count("select count(*) from meeting where id = ?", meeting)).isZero();
        post(base + "/rounds/" + round + "/days/" + day + "/delete");
        assertThat(count("select count(*) from round_day where id = ?", day)).isZero();
        long actor = id("select id from actor where code = 'CHE'");
        post(base + "/co-facilitators/" + actor + "/delete");
        assertThat(count(
                        "select count(*) from process_co_facilitator pc join process p on p.id = pc.process_id "
                                + "where p.slug = ?",
                        slug))
                .isZero();
        post(base + "/rounds/" + round + "/delete");
        assertThat(count("select count(*) from round where id = ?", round)).isZero();
    }

    @Test
    void every_admin_page_of_the_demo_process_renders() throws Exception {
        long phase = id("select ph.id from phase ph join process p on p.id = ph.process_id where p.slug = 'gcm' "
                + "order by ph.id limit 1");
        long round = id("select r.id from round r join process p on p.id = r.process_id where p.slug = 'gcm' "
                + "and r.name = 'Round 2'");
        long day = id("select id from round_day where round_id = ? order by day limit 1", round);
        long meeting = id("select id from meeting where round_day_id = ? order by id limit 1", day);
        for (String url : new String[] {
            "/admin",
            "/admin/processes",
            "/admin/processes/new",
            "/admin/processes/gcm",
            "/admin/processes/gcm/phases/new",
            "/admin/processes/gcm/phases/" + phase,
            "/admin/processes/gcm/rounds/new",
            "/admin/processes/gcm/rounds/" + round,
            "/admin/processes/gcm/days/" + day + "/meetings/new",
            "/admin/processes/gcm/meetings/" + meeting
        }) {
            this.mvc.perform(get(url).with(ADMIN)).andExpect(status().isOk());
        }
    }

    @Test
    void a_phase_of_another_process_is_not_found_under_this_one() throws Exception {
        long phase = id("select ph.id from phase ph join process p on p.id = ph.process_id where p.slug = 'gcm' "
                + "order by ph.id limit 1");
        String slug = "other-" + UUID.randomUUID().toString().substring(0, 8);
        post("/admin/processes", "slug", slug, "name", "Other");
        this.mvc
                .perform(get("/admin/processes/" + slug + "/phases/" + phase).with(ADMIN))
                .andExpect(status().isNotFound());
    }

    private void post(String url, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .with(ADMIN)
                .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        this.mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
    }

    private long id(String sql, Object... args) {
        return this.jdbc.queryForObject(sql, Long.class, args);
    }

    private long count(String sql, Object... args) {
        return this.jdbc.queryForObject(sql, Long.class, args);
    }
}
