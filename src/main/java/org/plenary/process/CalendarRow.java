package org.plenary.process;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One flat row of a process calendar: a round, one of its days and one meeting of that day (day and meeting may be
 * null). The calendar page groups these rows; reading them flat keeps the page at one query.
 */
public record CalendarRow(
        Long roundId,
        String roundName,
        String location,
        LocalDate startsOn,
        LocalDate endsOn,
        long roundVersion,
        Long dayId,
        LocalDate day,
        Long meetingId,
        String meetingTitle,
        MeetingKind kind,
        LocalTime startsAt,
        LocalTime endsAt,
        Boolean chathamHouse,
        Long meetingVersion) {}
