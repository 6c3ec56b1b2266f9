package org.plenary.process;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating and changing a meeting publish {@link MeetingChanged}, saying whether the change put the meeting under
 * the Chatham House rule (notes about it then stop being public).
 */
@PlenaryIntegrationTest
@RecordApplicationEvents
class MeetingEventsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_meeting_put_under_the_chatham_house_rule_says_so_once() {
        String slug = "events-" + UUID.randomUUID().toString().substring(0, 8);
        long process = this.jdbc
                .sql("insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id")
                .params(slug, "Events " + slug, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
                .query(Long.class)
                .single();
        long round = this.jdbc
                .sql("insert into round (process_id, name, starts_on, ends_on) values (?, 'R', ?, ?) returning id")
                .params(process, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31))
                .query(Long.class)
                .single();
        long day = this.jdbc
                .sql("insert into round_day (round_id, day) values (?, ?) returning id")
                .params(round, LocalDate.of(2018, 3, 12))
                .query(Long.class)
                .single();

        this.administration.addMeeting(
                slug, day, new MeetingForm("Open table", MeetingKind.PLENARY, null, null, false, 0));
        long meeting = this.jdbc
                .sql("select id from meeting where round_day_id = ?")
                .param(day)
                .query(Long.class)
                .single();
        this.administration.updateMeeting(
                slug, meeting, new MeetingForm("Closed table", MeetingKind.PLENARY, null, null, true, 0));
        this.administration.updateMeeting(
                slug, meeting, new MeetingForm("Closed table, renamed", MeetingKind.PLENARY, null, null, true, 1));

        assertThat(this.events.stream(MeetingChanged.class))
                .containsExactly(
                        new MeetingChanged(meeting, process, false, false),
                        new MeetingChanged(meeting, process, true, true),
                        new MeetingChanged(meeting, process, true, false));
    }
}
