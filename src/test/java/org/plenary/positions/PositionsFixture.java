package org.plenary.positions;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A process of its own for one test: unique slug, one round day with an open and a Chatham House meeting, a few
 * actors of its own and a group, an issue with three options. Tests never depend on each other's data.
 */
final class PositionsFixture {

    final JdbcClient jdbc;

    final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    final String slug = "test-" + this.suffix.toLowerCase();

    final long processId;

    final long openMeeting;

    final long chathamMeeting;

    PositionsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.processId = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                this.slug,
                "Test process " + this.suffix,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        long round = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'R', ?, ?) returning id",
                this.processId,
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 3, 31));
        long day = id(
                "insert into round_day (round_id, day) values (?, ?) returning id", round, LocalDate.of(2018, 3, 12));
        this.openMeeting =
                id("insert into meeting (round_day_id, title, kind) values (?, 'Open', 'PLENARY') returning id", day);
        this.chathamMeeting = id(
                "insert into meeting (round_day_id, title, kind, chatham_house) values (?, 'Closed', 'CIVIL_SOCIETY', true) returning id",
                day);
    }

    long actor(String code, String kind, String region) {
        return id(
                "insert into actor (code, kind, name, regional_group) values (?, ?, ?, ?) returning id",
                code + this.suffix,
                kind,
                "Name " + code + this.suffix,
                region);
    }

    String code(String code) {
        return code + this.suffix;
    }

    void member(long group, long member, LocalDate from, LocalDate to) {
        this.jdbc
                .sql("insert into group_membership (group_id, member_id, valid_from, valid_to) values (?, ?, ?, ?)")
                .params(group, member, from, to)
                .update();
    }

    long issue(String issueSlug) {
        long issue = id(
                "insert into issue (process_id, slug, title) values (?, ?, ?) returning id",
                this.processId,
                issueSlug,
                "Issue " + issueSlug);
        String[][] options = {{"yes", "Yes", "#2a7a3b"}, {"maybe", "Maybe", "#d8a31a"}, {"no", "No", "#b03a2e"}};
        for (int i = 0; i < options.length; i++) {
            this.jdbc
                    .sql("insert into stance_option (issue_id, option_key, label, colour, rank) values (?, ?, ?, ?, ?)")
                    .params(issue, options[i][0], options[i][1], options[i][2], i)
                    .update();
        }
        return issue;
    }

    long position(long issue, long actor, String key, LocalDate from, Long meeting, String source) {
        return id("""
				insert into position (issue_id, actor_id, option_id, valid_from, meeting_id, source, recorded_by)
				select ?, ?, o.id, ?, ?, ?, 'test' from stance_option o where o.issue_id = ? and o.option_key = ?
				returning id
				""", issue, actor, from, meeting, source, issue, key);
    }

    private long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
