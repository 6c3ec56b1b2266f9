package org.plenary.notes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.demo.DemoDataEnabled;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * Demo data of the notes module: the four round 2 briefs (12-15 March 2018), written by us from the facts of
 * round2-daily-updates.txt, saved through the editor's service as the demo coordinator (so their names are
 * recognised and their revisions kept). Idempotent: a note whose title exists in the process is skipped.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class NotesDemo implements ApplicationRunner {

    record DemoNote(String file, LocalDate date, String title, String organisation, List<String> tags) {}

    static final List<DemoNote> NOTES = List.of(
            new DemoNote(
                    "1-2018-03-12.md",
                    LocalDate.of(2018, 3, 12),
                    "Round 2, day 1: first impressions",
                    "WIMN",
                    List.of("human rights", "labour", "gender")),
            new DemoNote(
                    "2-2018-03-13.md",
                    LocalDate.of(2018, 3, 13),
                    "Round 2, day 2: refugees and migrants",
                    "WIMN",
                    List.of("protection", "non-refoulement")),
            new DemoNote(
                    "3-2018-03-14.md",
                    LocalDate.of(2018, 3, 14),
                    "Round 2, day 3: review and firewalls",
                    "WIMN",
                    List.of("firewalls", "review")),
            new DemoNote(
                    "4-2018-03-15.md",
                    LocalDate.of(2018, 3, 15),
                    "Round 2, day 4: closing",
                    "WIMN",
                    List.of("groups")));

    private static final Logger log = LoggerFactory.getLogger(NotesDemo.class);

    private final ProcessCatalog processes;

    private final NoteEditing editing;

    private final JdbcClient jdbc;

    NotesDemo(ProcessCatalog processes, NoteEditing editing, JdbcClient jdbc) {
        this.processes = processes;
        this.editing = editing;
        this.jdbc = jdbc;
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
            boolean present = this.jdbc
                            .sql("select count(*) from note where process_id = ? and title = ?")
                            .params(gcm.id(), note.title())
                            .query(Long.class)
                            .single()
                    > 0;
            if (present) {
                continue;
            }
            this.editing.create(
                    gcm,
                    new NoteContent(
                            note.date(),
                            null,
                            null,
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
    }

    private static String read(String file) {
        try {
            return new ClassPathResource("demo/notes/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
