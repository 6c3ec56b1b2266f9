package org.plenary.notes;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * Writes notes: a first save, edits on the version the editor opened (a stale one is refused, never overwritten),
 * and one {@link NoteRevision} per save. The rules are on {@link Note}; this checks the note's place against the
 * process calendar (the meeting is of the process, on the note's date; the round holds the date).
 */
@Service
@Transactional
public class NoteEditing {

    /** A note as its edit form starts: the content saved now and its version. */
    public record NoteEdit(Long id, Long processId, String author, NoteContent content, long version) {}

    private final Notes notes;

    private final NoteRevisions revisions;

    private final ProcessCatalog processes;

    private final MarkdownRenderer renderer;

    private final Clock clock;

    private final NoteMentions mentions;

    NoteEditing(
            Notes notes,
            NoteRevisions revisions,
            ProcessCatalog processes,
            MarkdownRenderer renderer,
            Clock clock,
            NoteMentions mentions) {
        this.mentions = mentions;
        this.notes = notes;
        this.revisions = revisions;
        this.processes = processes;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Saves a new note of the process by this coordinator; returns its id. */
    public Long create(ProcessRef process, NoteContent content, NoteReader.Viewer author) {
        requireCoordinator(author);
        Note note = new Note(process.id(), author.username(), this.clock.instant());
        note.write(place(process, content), content, this.renderer.excerpt(content.body()), this.clock.instant());
        this.notes.save(note);
        this.notes.flush();
        keepRevision(note, author);
        return note.getId();
    }

    /** Saves an edit made on {@code formVersion}; refuses it if someone saved in between. */
    public void update(Long id, long formVersion, NoteContent content, NoteReader.Viewer editor) {
        Note note = find(id);
        if (!note.editableBy(editor)) {
            throw new AccessDeniedException("Not editable by " + editor.username());
        }
        StaleEditException.check(formVersion, note.getVersion());
        if (content.status() == NoteStatus.DRAFT
                && note.getStatus() == NoteStatus.PUBLISHED
                && !note.getAuthor().equals(editor.username())) {
            throw new RuleException(null, "note.unpublish.authorOnly");
        }
        ProcessRef process = process(note.getProcessId());
        note.write(place(process, content), content, this.renderer.excerpt(content.body()), this.clock.instant());
        this.notes.flush();
        keepRevision(note, editor);
    }

    /** The note as its edit form starts, for a coordinator who may edit it. */
    @Transactional(readOnly = true)
    public NoteEdit edit(Long id, NoteReader.Viewer editor) {
        Note note = find(id);
        if (!note.editableBy(editor)) {
            throw note.readableBy(editor)
                    ? new AccessDeniedException("Not editable")
                    : new NotFoundException("note.notFound", id);
        }
        return new NoteEdit(
                note.getId(),
                note.getProcessId(),
                note.getAuthor(),
                new NoteContent(
                        note.getNoteDate(),
                        note.getRoundId(),
                        note.getMeetingId(),
                        note.getTitle(),
                        note.getOrganisation(),
                        note.getBody(),
                        note.getTags(),
                        note.getVisibility(),
                        note.getStatus()),
                note.getVersion());
    }

    private void keepRevision(Note note, NoteReader.Viewer editor) {
        this.mentions.store(note.getId(), note.getBody(), note.getNoteDate());
        int number = this.revisions.lastNumber(note.getId()) + 1;
        this.revisions.save(new NoteRevision(note, number, editor.username(), this.clock.instant()));
    }

    /**
     * The note's place checked against the calendar: a meeting fixes the day and the round, and must be on the note's
     * date; a round must hold the date; a date alone takes the round that holds it, if exactly one does.
     */
    private Placement place(ProcessRef process, NoteContent content) {
        if (content.date() == null) {
            throw new RuleException("date", "note.date.required");
        }
        CalendarIndex calendar = new CalendarIndex(this.processes.calendar(process));
        if (content.meetingId() != null) {
            CalendarIndex.MeetingInfo meeting = calendar.meeting(content.meetingId())
                    .orElseThrow(() -> new RuleException("meetingId", "note.meeting.unknown"));
            if (!meeting.day().equals(content.date())) {
                throw new RuleException("meetingId", "note.meeting.otherDay", meeting.day());
            }
            if (content.roundId() != null && !content.roundId().equals(meeting.roundId())) {
                throw new RuleException("roundId", "note.round.notOfMeeting");
            }
            return new Placement(
                    content.date(), meeting.roundId(), meeting.dayId(), meeting.id(), meeting.chathamHouse());
        }
        CalendarIndex.RoundInfo round;
        if (content.roundId() != null) {
            round = calendar.round(content.roundId())
                    .orElseThrow(() -> new RuleException("roundId", "note.round.unknown"));
            if (content.date().isBefore(round.startsOn()) || content.date().isAfter(round.endsOn())) {
                throw new RuleException("date", "note.date.outsideRound", round.startsOn(), round.endsOn());
            }
        } else {
            round = calendar.roundOn(content.date()).orElse(null);
        }
        if (round == null) {
            return new Placement(content.date(), null, null, null, false);
        }
        Long dayId = calendar.dayOf(round.id(), content.date())
                .map(CalendarIndex.DayInfo::id)
                .orElse(null);
        return new Placement(content.date(), round.id(), dayId, null, false);
    }

    private Note find(Long id) {
        return this.notes.findWithTags(id).orElseThrow(() -> new NotFoundException("note.notFound", id));
    }

    private ProcessRef process(Long processId) {
        return this.processes.all().stream()
                .filter((p) -> p.id().equals(processId))
                .findFirst()
                .orElseThrow();
    }

    private static void requireCoordinator(NoteReader.Viewer viewer) {
        if (!viewer.coordinator()) {
            throw new AccessDeniedException("Only coordinators write notes");
        }
    }
}
