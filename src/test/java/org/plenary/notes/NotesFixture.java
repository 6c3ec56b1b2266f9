package org.plenary.notes;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A process of its own for one test: a round (1-31 March 2018) with 12 March, an open and a Chatham House meeting
 * that day. Notes are written through the editor's POST, as a coordinator would.
 */
final class NotesFixture {

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    final JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8);

    final String slug = "notes-" + this.suffix;

    final long processId;

    final long roundId;

    final long dayId;

    final long openMeeting;

    final long chathamMeeting;

    NotesFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.processId = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                "Notes test " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        this.roundId = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                this.processId,
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 3, 31));
        this.dayId = id("insert into round_day (round_id, day) values (?, ?) returning id", this.roundId, D12);
        this.openMeeting = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning plenary', 'PLENARY', '10:00') returning id",
                this.dayId);
        this.chathamMeeting = id(
                "insert into meeting (round_day_id, title, kind, chatham_house, starts_at) values (?, 'Closed table', 'CIVIL_SOCIETY', true, '09:00') returning id",
                this.dayId);
    }

    /** The editor's POST for a new note with these fields (a coordinator named {@code author}). */
    MockHttpServletRequestBuilder write(String author, String title, String body, String visibility, String action) {
        return post("/processes/" + this.slug + "/notes/new")
                .with(user(author).roles("COORDINATOR"))
                .with(csrf())
                .param("date", D12.toString())
                .param("title", title)
                .param("organisation", "WIMN")
                .param("body", body)
                .param("tags", "labour, gender")
                .param("visibility", visibility)
                .param("action", action);
    }

    /** Writes and publishes a note directly through the editor; returns its id. */
    long publish(MockMvc mvc, String title, String body, String visibility, Long meeting) throws Exception {
        MockHttpServletRequestBuilder request = write("carol", title, body, visibility, "publish");
        if (meeting != null) {
            request.param("meetingId", meeting.toString());
        }
        String location = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/notes/")) {
            throw new AssertionError("The note was not saved: " + location);
        }
        return Long.parseLong(location.substring("/notes/".length()));
    }

    long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
