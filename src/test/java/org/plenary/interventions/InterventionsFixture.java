package org.plenary.interventions;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A process of its own for one test: round 2 with 15 March 2018, an open plenary and a Chatham House table that day,
 * and a published public note of that day. Interventions are recorded through the quick form's POST, as a coordinator
 * would.
 */
final class InterventionsFixture {

    static final LocalDate D15 = LocalDate.of(2018, 3, 15);

    final JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    final String slug = "iv-" + this.suffix;

    final long processId;

    final long openMeeting;

    final long chathamMeeting;

    long noteId;

    InterventionsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.processId = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                "Interventions test " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        long roundId = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                this.processId,
                LocalDate.of(2018, 3, 12),
                LocalDate.of(2018, 3, 15));
        long dayId = id("insert into round_day (round_id, day) values (?, ?) returning id", roundId, D15);
        this.openMeeting = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning plenary', 'PLENARY', '10:00') returning id",
                dayId);
        this.chathamMeeting = id(
                "insert into meeting (round_day_id, title, kind, chatham_house, starts_at) values (?, 'Closed table', 'CIVIL_SOCIETY', true, '15:00') returning id",
                dayId);
    }

    /** Publishes a public note of 15 March through the editor; returns its id. */
    long note(MockMvc mvc, String title, String body) throws Exception {
        String location = mvc.perform(post("/processes/" + this.slug + "/notes/new")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("date", D15.toString())
                        .param("title", title)
                        .param("organisation", "WIMN")
                        .param("body", body)
                        .param("tags", "groups")
                        .param("visibility", "PUBLIC")
                        .param("action", "publish"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        this.noteId =
                Long.parseLong(location.substring(location.lastIndexOf('/') + 1).replaceAll("\\?.*", ""));
        return this.noteId;
    }

    /** The quick form's POST (a coordinator), with the fields given as name/value pairs. */
    MockHttpServletRequestBuilder record(String... fields) {
        MockHttpServletRequestBuilder request = post("/processes/" + this.slug + "/interventions/new")
                .with(user("coordinator").roles("COORDINATOR"))
                .with(csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    /** Records an intervention and returns its id. */
    long recorded(MockMvc mvc, String... fields) throws Exception {
        String location = mvc.perform(record(fields)).andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.contains("/interventions/")) {
            throw new AssertionError("not recorded: " + location);
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
