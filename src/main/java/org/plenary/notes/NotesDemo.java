package org.plenary.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.plenary.demo.DemoDataEnabled;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * Demo data of the notes module: the four round 2 briefs (12-15 March 2018), written by us from the facts of
 * round2-daily-updates.txt, saved through the editor's service as the demo coordinator (so their names are
 * recognised and their revisions kept), and the 12 March line-up confirmed as a coordinator confirms it on the review
 * ({@link NoteLineups#confirmReview}: headings mapped to the stances of the regular/irregular issue, "African
 * countries" picked as the African Group), so that the demo positions of 12 March cite that note, each with its
 * bullet as the quote. Idempotent, and run by one node at a time (the start-up lock): a note whose title exists in
 * the process is skipped, a line-up already confirmed is left alone.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class NotesDemo implements ApplicationRunner {

    /**
     * @param meeting the title of the meeting the note is about, on its date (null: the day)
     * @param lineup the line-up the demo confirms, if any
     */
    record DemoNote(
            String file,
            LocalDate date,
            String title,
            String organisation,
            List<String> tags,
            String meeting,
            DemoLineup lineup) {}

    /**
     * A line-up as the coordinator settles it on the review, in the review form's fields (see
     * {@link NoteLineups#confirmReview}).
     */
    record DemoLineup(String issueSlug, Map<String, String> review) {}

    static final List<DemoNote> NOTES = List.of(
            new DemoNote(
                    "1-2018-03-12.md",
                    LocalDate.of(2018, 3, 12),
                    "Round 2, day 1: first impressions",
                    "WIMN",
                    List.of("human rights", "labour", "gender"),
                    "Morning session: vision and guiding principles",
                    new DemoLineup(
                            "regular-irregular",
                            // The three headings, then "African countries" (the second bullet): the African Group.
                            Map.of(
                                    "stance0", "rights",
                                    "stance1", "separation",
                                    "stance2", "between",
                                    "pick-1-0", "AFRICAN-GROUP"))),
            new DemoNote(
                    "2-2018-03-13.md",
                    LocalDate.of(2018, 3, 13),
                    "Round 2, day 2: refugees and migrants",
                    "WIMN",
                    List.of("protection", "non-refoulement"),
                    null,
                    null),
            new DemoNote(
                    "3-2018-03-14.md",
                    LocalDate.of(2018, 3, 14),
                    "Round 2, day 3: review and firewalls",
                    "WIMN",
                    List.of("firewalls", "review"),
                    null,
                    null),
            new DemoNote(
                    "4-2018-03-15.md",
                    LocalDate.of(2018, 3, 15),
                    "Round 2, day 4: closing",
                    "WIMN",
                    List.of("groups"),
                    null,
                    null));

    private static final Logger log = LoggerFactory.getLogger(NotesDemo.class);

    private final ProcessCatalog processes;

    private final NoteEditing editing;

    private final JdbcClient jdbc;

    private final NoteReader reader;

    private final NoteLineups lineups;

    private final IssueCatalog issues;

    NotesDemo(
            ProcessCatalog processes,
            NoteEditing editing,
            JdbcClient jdbc,
            NoteReader reader,
            NoteLineups lineups,
            IssueCatalog issues) {
        this.processes = processes;
        this.editing = editing;
        this.jdbc = jdbc;
        this.reader = reader;
        this.lineups = lineups;
        this.issues = issues;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProcessRef gcm = this.processes.find("gcm").orElse(null);
        if (gcm == null) {
            return;
        }
        NoteReader.Viewer coordinator = new NoteReader.Viewer("coordinator", true, true);
        int written = 0;
        for (DemoNote note : NOTES) {
            if (noteId(gcm, note).isPresent()) {
                continue;
            }
            this.editing.create(
                    gcm,
                    new NoteContent(
                            note.date(),
                            null,
                            meetingId(gcm, note),
                            note.title(),
                            note.organisation(),
                            read(note.file()),
                            note.tags(),
                            Visibility.PUBLIC,
                            NoteStatus.PUBLISHED),
                    coordinator);
            written++;
        }
        if (written > 0) {
            log.info("Notes demo: wrote {} round 2 briefs into gcm", written);
        }
        for (DemoNote note : NOTES) {
            if (note.lineup() != null) {
                noteId(gcm, note).ifPresent((id) -> confirm(gcm, id, note, coordinator));
            }
        }
    }

    /** Confirms the note's line-up as the demo coordinator, unless it was confirmed before. */
    private void confirm(ProcessRef gcm, Long noteId, DemoNote demo, NoteReader.Viewer coordinator) {
        IssueView issue = IssueCatalog.find(
                        this.issues.issuesOf(gcm.id()), demo.lineup().issueSlug())
                .orElse(null);
        if (issue == null) {
            return;
        }
        boolean confirmed = this.jdbc
                        .sql("select count(*) from note_lineup_position where note_id = ? and issue_id = ?")
                        .params(noteId, issue.id())
                        .query(Long.class)
                        .single()
                > 0;
        if (confirmed) {
            return;
        }
        // A database loaded by an older demo holds the line-up as positions of the demo SQL: keep those, or every
        // actor of the line-up would hold the same stance twice from the same day.
        boolean loadedBefore = this.jdbc
                        .sql(
                                "select count(*) from position where issue_id = ? and valid_from = ? and recorded_by = 'demo'")
                        .params(issue.id(), demo.date())
                        .query(Long.class)
                        .single()
                > 0;
        if (loadedBefore) {
            log.info(
                    "Notes demo: the {} line-up is already recorded by an older demo, not confirmed again",
                    demo.date());
            return;
        }
        NoteView note = this.reader.note(noteId, coordinator).orElseThrow();
        // As the coordinator, so that the positions and the audit trail say who recorded them.
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext asCoordinator = SecurityContextHolder.createEmptyContext();
        asCoordinator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                coordinator.username(), null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        SecurityContextHolder.setContext(asCoordinator);
        try {
            NoteLineups.Outcome outcome =
                    this.lineups.confirmReview(note, issue, demo.lineup().review(), coordinator.username());
            log.info(
                    "Notes demo: confirmed the line-up of {} ({} positions citing the note)",
                    demo.date(),
                    outcome.recorded());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private Optional<Long> noteId(ProcessRef gcm, DemoNote note) {
        return this.jdbc
                .sql("select id from note where process_id = ? and title = ? order by id limit 1")
                .params(gcm.id(), note.title())
                .query(Long.class)
                .optional();
    }

    private Long meetingId(ProcessRef gcm, DemoNote note) {
        if (note.meeting() == null) {
            return null;
        }
        return this.processes.meetingsOf(gcm.id()).stream()
                .filter((m) -> m.day().equals(note.date()) && m.title().equals(note.meeting()))
                .map(MeetingRef::id)
                .findFirst()
                .orElse(null);
    }

    private static String read(String file) {
        try {
            return new ClassPathResource("demo/notes/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
