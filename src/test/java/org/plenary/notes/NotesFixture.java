package org.plenary.notes;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.process.ProcessFixture;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A process of its own for one test (see {@link ProcessFixture}: 12 March 2018, an open and a Chatham House meeting
 * that day). Notes are written through the editor's POST, as a coordinator would.
 */
public final class NotesFixture extends ProcessFixture {

    NotesFixture(JdbcClient jdbc) {
        this(jdbc, "notes", "Notes test");
    }

    /** For the tests of other modules that read notes (feeds): the process is called {@code name} and the suffix. */
    public NotesFixture(JdbcClient jdbc, String prefix, String name) {
        super(jdbc, prefix, name);
    }

    /** The editor's POST for a new note of 12 March with these fields (a coordinator named {@code author}). */
    MockHttpServletRequestBuilder write(String author, String title, String body, String visibility, String action) {
        return write(author, D12, title, body, "labour, gender", visibility, action, null);
    }

    /** The editor's POST for a new note with these fields (a coordinator named {@code author}). */
    public MockHttpServletRequestBuilder write(
            String author,
            LocalDate date,
            String title,
            String body,
            String tags,
            String visibility,
            String action,
            Long meeting) {
        MockHttpServletRequestBuilder request = post("/processes/" + this.slug + "/notes/new")
                .with(user(author).roles("COORDINATOR"))
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

    /** Writes and publishes a note of 12 March directly through the editor; returns its id. */
    long publish(MockMvc mvc, String title, String body, String visibility, Long meeting) throws Exception {
        return note(mvc, D12, title, body, "labour, gender", visibility, "publish", meeting);
    }

    /** Writes a note through the editor (coordinator carol); returns its id. */
    public long note(
            MockMvc mvc,
            LocalDate date,
            String title,
            String body,
            String tags,
            String visibility,
            String action,
            Long meeting)
            throws Exception {
        String location = mvc.perform(write("carol", date, title, body, tags, visibility, action, meeting))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        if (location == null || !location.startsWith("/notes/")) {
            throw new AssertionError("The note was not saved: " + location);
        }
        return Long.parseLong(location.substring("/notes/".length()));
    }
}
