package org.plenary.feeds;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A process of its own for one test: a round (1-31 March 2018) with 12 and 14 March, an open meeting and a Chatham
 * House meeting on the 12th. Notes are written through the editor's POST, as a coordinator would.
 */
final class FeedsFixture {

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    static final LocalDate D14 = LocalDate.of(2018, 3, 14);

    final JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    final String slug = "feeds-" + this.suffix;

    final long processId;

    final long roundId;

    final long dayId;

    final long openMeeting;

    final long chathamMeeting;

    FeedsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.processId = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                "Feeds test " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        this.roundId = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                this.processId,
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 3, 31));
        this.dayId = id("insert into round_day (round_id, day) values (?, ?) returning id", this.roundId, D12);
        id("insert into round_day (round_id, day) values (?, ?) returning id", this.roundId, D14);
        this.openMeeting = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning plenary', 'PLENARY', '10:00') returning id",
                this.dayId);
        this.chathamMeeting = id(
                "insert into meeting (round_day_id, title, kind, chatham_house, starts_at) values (?, 'Closed table', 'CIVIL_SOCIETY', true, '09:00') returning id",
                this.dayId);
    }

    /** The editor's POST for a new note (by coordinator carol) on this date. */
    MockHttpServletRequestBuilder write(
            LocalDate date, String title, String body, String tags, String visibility, String action, Long meeting) {
        MockHttpServletRequestBuilder request = post("/processes/" + this.slug + "/notes/new")
                .with(user("carol").roles("COORDINATOR"))
                .with(csrf())
                .param("date", date.toString())
                .param("title", title)
                .param("organisation", "WIMN")
                .param("body", body)
                .param("tags", tags)
                .param("visibility", visibility)
                .param("action", action);
        if (meeting != null) {
            request.param("meetingId", meeting.toString());
        }
        return request;
    }

    /** Writes a note through the editor; returns its id. */
    long note(
            MockMvc mvc,
            LocalDate date,
            String title,
            String body,
            String tags,
            String visibility,
            String action,
            Long meeting)
            throws Exception {
        String location = mvc.perform(write(date, title, body, tags, visibility, action, meeting))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        if (location == null || !location.startsWith("/notes/")) {
            throw new AssertionError("The note was not saved: " + location);
        }
        return Long.parseLong(location.substring("/notes/".length()));
    }

    long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
