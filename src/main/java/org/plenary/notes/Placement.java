package org.plenary.notes;

import java.time.LocalDate;

/**
 * Where a note belongs, checked against the process calendar: its date, and the round, day and meeting when it is
 * about one. {@code chathamHouse} tells whether the meeting is under the Chatham House rule.
 */
record Placement(LocalDate date, Long roundId, Long roundDayId, Long meetingId, boolean chathamHouse) {}
