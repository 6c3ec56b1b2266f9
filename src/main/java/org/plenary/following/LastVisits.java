package org.plenary.following;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a user's previous visit began. The first time a session asks, the user's visit moves forward in one statement
 * (the latest becomes the previous, now becomes the latest) and the answer is kept in the session: a reload, or the
 * home page opened again in the same session, shows the same changes rather than an empty list. A user's first visit
 * ever counts from a week before it.
 */
@Component
class LastVisits {

    static final String ATTRIBUTE = LastVisits.class.getName() + ".since";

    /** What the home page counts from, for whom, and whether it is the user's first visit. */
    record Since(String username, Instant since, boolean firstVisit) implements Serializable {}

    private final JdbcClient jdbc;

    LastVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Since since(String username, HttpSession session) {
        if (session.getAttribute(ATTRIBUTE) instanceof Since kept
                && kept.username().equals(username)) {
            return kept;
        }
        Since since = this.jdbc
                .sql("""
						insert into last_visit (username, seen_at) values (:user, now())
						on conflict (username) do update
						    set previous_seen_at = last_visit.seen_at, seen_at = excluded.seen_at
						returning coalesce(previous_seen_at, seen_at - interval '7 days') as since,
						          previous_seen_at is null as first_visit
						""")
                .param("user", username)
                .query((rs, n) ->
                        new Since(username, rs.getTimestamp("since").toInstant(), rs.getBoolean("first_visit")))
                .single();
        session.setAttribute(ATTRIBUTE, since);
        return since;
    }

    /** "Mark all as seen": the session counts from now, and so will the next visit. */
    Since seen(String username, HttpSession session) {
        Timestamp now = this.jdbc
                .sql("""
						insert into last_visit (username, seen_at, previous_seen_at) values (:user, now(), now())
						on conflict (username) do update set previous_seen_at = now(), seen_at = now()
						returning seen_at
						""")
                .param("user", username)
                .query(Timestamp.class)
                .single();
        Since since = new Since(username, now.toInstant(), false);
        session.setAttribute(ATTRIBUTE, since);
        return since;
    }
}
