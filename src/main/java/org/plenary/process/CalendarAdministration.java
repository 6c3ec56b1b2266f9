package org.plenary.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * The writes of the process admin screens, each in one transaction. The calendar rules live on the entities
 * ({@link RuleException}); this class finds what a URL names, checks that it belongs to the process and that an
 * edit starts from the saved version ({@link StaleEditException}). A save that loses a race at commit fails with
 * Spring's optimistic locking exception.
 */
@Component
@Transactional
class CalendarAdministration {

    private final Processes processes;

    private final Phases phases;

    private final Rounds rounds;

    private final RoundDays days;

    private final Meetings meetings;

    private final CoFacilitators coFacilitators;

    private final ApplicationEventPublisher events;

    private final List<MeetingCitations> citations;

    CalendarAdministration(
            Processes processes,
            Phases phases,
            Rounds rounds,
            RoundDays days,
            Meetings meetings,
            CoFacilitators coFacilitators,
            ApplicationEventPublisher events,
            List<MeetingCitations> citations) {
        this.processes = processes;
        this.phases = phases;
        this.rounds = rounds;
        this.days = days;
        this.meetings = meetings;
        this.coFacilitators = coFacilitators;
        this.events = events;
        this.citations = citations;
    }

    Process create(NewProcessForm form) {
        if (this.processes.existsBySlug(form.slug())) {
            throw new RuleException("slug", "admin.process.slug.taken");
        }
        Process process = new Process(form.slug(), form.name());
        process.describe(form.name(), form.description(), form.startsOn(), form.endsOn());
        return this.processes.save(process);
    }

    void describe(String slug, ProcessForm form) {
        Process process = process(slug);
        StaleEditException.check(form.version(), process.getVersion());
        process.describe(form.name(), form.description(), form.startsOn(), form.endsOn());
    }

    void addPhase(String slug, PhaseForm form) {
        this.phases.save(new Phase(process(slug), form.name(), form.startsOn(), form.endsOn()));
    }

    void updatePhase(String slug, Long id, PhaseForm form) {
        Phase phase = phase(slug, id);
        StaleEditException.check(form.version(), phase.getVersion());
        phase.update(form.name(), form.startsOn(), form.endsOn());
    }

    void deletePhase(String slug, Long id) {
        this.phases.delete(phase(slug, id));
    }

    Round addRound(String slug, RoundForm form) {
        return this.rounds.save(new Round(process(slug), form.name(), form.location(), form.startsOn(), form.endsOn()));
    }

    void updateRound(String slug, Long id, RoundForm form) {
        Round round = round(slug, id);
        StaleEditException.check(form.version(), round.getVersion());
        round.update(form.name(), form.location(), form.startsOn(), form.endsOn());
    }

    void deleteRound(String slug, Long id) {
        Round round = round(slug, id);
        refuseWhileCited(this.meetings.findIdsOfRound(round.getId()), "admin.round.cited");
        this.rounds.delete(round);
    }

    void addDay(String slug, Long roundId, LocalDate date) {
        this.days.save(round(slug, roundId).addDay(date));
    }

    void removeDay(String slug, Long roundId, Long dayId) {
        RoundDay day = this.days
                .findById(dayId)
                .filter(d -> d.getRound().getId().equals(round(slug, roundId).getId()))
                .orElseThrow(() -> new NotFoundException("admin.day.notFound", dayId));
        refuseWhileCited(this.meetings.findIdsOfDay(day.getId()), "admin.day.cited");
        this.days.delete(day);
    }

    void addMeeting(String slug, Long dayId, MeetingForm form) {
        RoundDay day = this.days
                .findById(dayId)
                .filter(d -> belongs(d.getRound().getProcess(), slug))
                .orElseThrow(() -> new NotFoundException("admin.day.notFound", dayId));
        Meeting meeting = this.meetings.save(
                new Meeting(day, form.title(), form.kind(), form.startsAt(), form.endsAt(), form.chathamHouse()));
        changed(meeting, false);
    }

    void updateMeeting(String slug, Long id, MeetingForm form) {
        Meeting meeting = meeting(slug, id);
        StaleEditException.check(form.version(), meeting.getVersion());
        boolean wasChathamHouse = meeting.isChathamHouse();
        meeting.update(form.title(), form.kind(), form.startsAt(), form.endsAt(), form.chathamHouse());
        changed(meeting, wasChathamHouse);
    }

    private void changed(Meeting meeting, boolean wasChathamHouse) {
        this.events.publishEvent(new MeetingChanged(
                meeting.getId(),
                meeting.getRoundDay().getRound().getProcess().getId(),
                meeting.isChathamHouse(),
                meeting.isChathamHouse() && !wasChathamHouse));
    }

    void deleteMeeting(String slug, Long id) {
        Meeting meeting = meeting(slug, id);
        refuseWhileCited(List.of(meeting.getId()), "admin.meeting.cited");
        this.meetings.delete(meeting);
    }

    /**
     * Refuses to delete meetings that evidence cites (positions, notes: every {@link MeetingCitations}), naming how
     * many rows of each kind cite them: deleting them would leave that evidence without its meeting, and a position
     * heard only under the Chatham House rule would look public. The database refuses too (foreign keys {@code on
     * delete restrict}).
     */
    private void refuseWhileCited(List<Long> meetingIds, String messageKey) {
        List<MessageSourceResolvable> citing = new ArrayList<>();
        for (MeetingCitations kind : this.citations) {
            long count = kind.countCiting(meetingIds);
            if (count > 0) {
                citing.add(new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, new Object[] {count}));
            }
        }
        if (!citing.isEmpty()) {
            throw new RuleException(null, messageKey, listed(citing));
        }
    }

    /** "3 positions", "3 positions and 2 notes": one resolvable, so that the message gets it as one argument. */
    private static MessageSourceResolvable listed(List<MessageSourceResolvable> items) {
        MessageSourceResolvable list = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            list = new DefaultMessageSourceResolvable(
                    new String[] {"admin.citations.and"}, new Object[] {items.get(i), list});
        }
        return list;
    }

    void addCoFacilitator(String slug, Long actorId) {
        Process process = process(slug);
        if (this.coFacilitators.existsById(new CoFacilitator.Key(process.getId(), actorId))) {
            throw new RuleException("code", "admin.coFacilitator.already");
        }
        this.coFacilitators.save(new CoFacilitator(process.getId(), actorId));
    }

    void removeCoFacilitator(String slug, Long actorId) {
        Process process = process(slug);
        this.coFacilitators
                .findById(new CoFacilitator.Key(process.getId(), actorId))
                .ifPresent(this.coFacilitators::delete);
    }

    @Transactional(readOnly = true)
    PhaseForm phaseForm(String slug, Long id) {
        return PhaseForm.of(phase(slug, id));
    }

    @Transactional(readOnly = true)
    RoundForm roundForm(String slug, Long id) {
        return RoundForm.of(round(slug, id));
    }

    @Transactional(readOnly = true)
    MeetingForm meetingForm(String slug, Long id) {
        return MeetingForm.of(meeting(slug, id));
    }

    /** The day a meeting belongs to. */
    @Transactional(readOnly = true)
    DayRef dayOf(String slug, Long meetingId) {
        RoundDay day = meeting(slug, meetingId).getRoundDay();
        return new DayRef(
                day.getId(),
                day.getDay(),
                day.getRound().getId(),
                day.getRound().getName(),
                day.getRound().getProcess().getId());
    }

    private Process process(String slug) {
        return this.processes.findBySlug(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    private Phase phase(String slug, Long id) {
        return this.phases
                .findById(id)
                .filter(p -> belongs(p.getProcess(), slug))
                .orElseThrow(() -> new NotFoundException("admin.phase.notFound", id));
    }

    private Round round(String slug, Long id) {
        return this.rounds
                .findById(id)
                .filter(r -> belongs(r.getProcess(), slug))
                .orElseThrow(() -> new NotFoundException("admin.round.notFound", id));
    }

    private Meeting meeting(String slug, Long id) {
        return this.meetings
                .findById(id)
                .filter(m -> belongs(m.getRoundDay().getRound().getProcess(), slug))
                .orElseThrow(() -> new NotFoundException("admin.meeting.notFound", id));
    }

    private static boolean belongs(Process process, String slug) {
        return process.getSlug().equals(slug);
    }
}
