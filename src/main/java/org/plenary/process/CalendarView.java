package org.plenary.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A process calendar: its rounds, their days and the meetings of each day.
 */
public record CalendarView(ProcessRef process, List<RoundEntry> rounds) {

    public record RoundEntry(
            Long id,
            String name,
            String location,
            LocalDate startsOn,
            LocalDate endsOn,
            long version,
            List<DayEntry> days) {

        /** The days with a meeting recorded, shown in full. */
        public List<DayEntry> meetingDays() {
            return this.days.stream().filter((day) -> !day.meetings().isEmpty()).toList();
        }

        /** The days without a meeting recorded, folded into one line. */
        public List<DayEntry> quietDays() {
            return this.days.stream().filter((day) -> day.meetings().isEmpty()).toList();
        }
    }

    /** A day of a round; its anchor in the calendar is its date ({@code #day-2018-03-12}), so others can link it. */
    public record DayEntry(Long id, LocalDate day, List<MeetingEntry> meetings) {}

    public record MeetingEntry(
            Long id,
            String title,
            MeetingKind kind,
            LocalTime startsAt,
            LocalTime endsAt,
            boolean chathamHouse,
            long version) {}

    static CalendarView of(ProcessRef process, List<CalendarRow> rows) {
        Map<Long, RoundEntry> rounds = new LinkedHashMap<>();
        Map<Long, DayEntry> days = new LinkedHashMap<>();
        for (CalendarRow row : rows) {
            RoundEntry round = rounds.computeIfAbsent(
                    row.roundId(),
                    id -> new RoundEntry(
                            id,
                            row.roundName(),
                            row.location(),
                            row.startsOn(),
                            row.endsOn(),
                            row.roundVersion(),
                            new ArrayList<>()));
            if (row.dayId() == null) {
                continue;
            }
            DayEntry day = days.computeIfAbsent(row.dayId(), id -> {
                DayEntry entry = new DayEntry(id, row.day(), new ArrayList<>());
                round.days().add(entry);
                return entry;
            });
            if (row.meetingId() != null) {
                day.meetings()
                        .add(new MeetingEntry(
                                row.meetingId(),
                                row.meetingTitle(),
                                row.kind(),
                                row.startsAt(),
                                row.endsAt(),
                                Boolean.TRUE.equals(row.chathamHouse()),
                                row.meetingVersion()));
            }
        }
        return new CalendarView(process, List.copyOf(rounds.values()));
    }
}
