package org.plenary.process;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process of its own for one test: a slug and a name with a random suffix, a round (1-31 March 2018) with 12 March,
 * an open meeting ("Morning plenary", 10:00) and a Chatham House meeting ("Closed table", 09:00) that day. Tests never
 * depend on each other's data. The fixtures of other modules extend it with what their tests write.
 */
public class ProcessFixture {

    public static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    public final JdbcClient jdbc;

    public final String suffix = UUID.randomUUID().toString().substring(0, 8);

    /** {@code prefix-suffix}, e.g. "notes-1a2b3c4d". */
    public final String slug;

    public final long processId;

    public final long roundId;

    /** 12 March. */
    public final long dayId;

    public final long openMeeting;

    public final long chathamMeeting;

    /** A process called {@code name} and the suffix (e.g. "Notes test 1a2b3c4d"), its slug {@code prefix-suffix}. */
    public ProcessFixture(JdbcClient jdbc, String prefix, String name) {
        this.jdbc = jdbc;
        this.slug = prefix + "-" + this.suffix;
        this.processId = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                name + " " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        this.roundId = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                this.processId,
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 3, 31));
        this.dayId = day(D12);
        this.openMeeting = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning plenary', 'PLENARY', '10:00') returning id",
                this.dayId);
        this.chathamMeeting = id(
                "insert into meeting (round_day_id, title, kind, chatham_house, starts_at) values (?, 'Closed table', 'CIVIL_SOCIETY', true, '09:00') returning id",
                this.dayId);
    }

    /** A day of the round (without meetings); returns its id. */
    public final long day(LocalDate day) {
        return id("insert into round_day (round_id, day) values (?, ?) returning id", this.roundId, day);
    }

    /** Runs an insert that returns an id. */
    public final long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
