package org.plenary.notes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.plenary.process.CalendarView;

/** A process calendar looked up by id: names of rounds and meetings, the day and rule of each meeting, their order. */
final class CalendarIndex {

    record RoundInfo(Long id, String name, LocalDate startsOn, LocalDate endsOn) {}

    record DayInfo(Long id, Long roundId, LocalDate day) {}

    record MeetingInfo(
            Long id, String title, boolean chathamHouse, Long dayId, Long roundId, LocalDate day, int order) {}

    private final Map<Long, RoundInfo> rounds = new HashMap<>();

    private final Map<Long, DayInfo> days = new HashMap<>();

    private final Map<Long, MeetingInfo> meetings = new HashMap<>();

    private final CalendarView calendar;

    CalendarIndex(CalendarView calendar) {
        this.calendar = calendar;
        int order = 0;
        for (CalendarView.RoundEntry r : calendar.rounds()) {
            this.rounds.put(r.id(), new RoundInfo(r.id(), r.name(), r.startsOn(), r.endsOn()));
            for (CalendarView.DayEntry d : r.days()) {
                this.days.put(d.id(), new DayInfo(d.id(), r.id(), d.day()));
                for (CalendarView.MeetingEntry m : d.meetings()) {
                    this.meetings.put(
                            m.id(),
                            new MeetingInfo(m.id(), m.title(), m.chathamHouse(), d.id(), r.id(), d.day(), order++));
                }
            }
        }
    }

    CalendarView view() {
        return this.calendar;
    }

    Optional<RoundInfo> round(Long id) {
        return Optional.ofNullable((id != null) ? this.rounds.get(id) : null);
    }

    Optional<MeetingInfo> meeting(Long id) {
        return Optional.ofNullable((id != null) ? this.meetings.get(id) : null);
    }

    /** The day of this round on this date, if the calendar has it. */
    Optional<DayInfo> dayOf(Long roundId, LocalDate date) {
        return this.days.values().stream()
                .filter((d) -> d.roundId().equals(roundId) && d.day().equals(date))
                .findFirst();
    }

    /** The round whose dates hold this date, if exactly one does. */
    Optional<RoundInfo> roundOn(LocalDate date) {
        var holding = this.rounds.values().stream()
                .filter((r) -> !date.isBefore(r.startsOn()) && !date.isAfter(r.endsOn()))
                .toList();
        return (holding.size() == 1) ? Optional.of(holding.get(0)) : Optional.empty();
    }

    int meetingOrder(Long meetingId) {
        return meeting(meetingId).map(MeetingInfo::order).orElse(-1);
    }
}
