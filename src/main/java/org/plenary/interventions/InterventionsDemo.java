package org.plenary.interventions;

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
import org.springframework.stereotype.Component;

import org.plenary.demo.DemoDataEnabled;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteView;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * Demo data of the interventions: the round 2 interventions of {@code demo/interventions/round2.tsv} (written by us
 * from round2-daily-updates.txt: the non-refoulement exchange of 13 March, the review-and-follow-up remarks of 14
 * March, the group statements of 15 March, ...), each with its group, meeting, issue and evidence (the demo note of
 * its day and the daily update as source), recorded through the recorder as the demo coordinator, after the notes and
 * drafts. Idempotent: nothing is written when the process has interventions.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class InterventionsDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InterventionsDemo.class);

    /** The demo note of each day of round 2 (see NotesDemo) and the daily update it was written from. */
    static final Map<LocalDate, String[]> DAYS = Map.of(
            LocalDate.of(2018, 3, 12),
            new String[] {"Round 2, day 1: first impressions", "Round 2 daily update, 12 March 2018 (Day 1)"},
            LocalDate.of(2018, 3, 13),
            new String[] {"Round 2, day 2: refugees and migrants", "Round 2 daily update, 13 March 2018 (Day 2)"},
            LocalDate.of(2018, 3, 14),
            new String[] {"Round 2, day 3: review and firewalls", "Round 2 daily update, 14 March 2018 (Day 3)"},
            LocalDate.of(2018, 3, 15),
            new String[] {"Round 2, day 4: closing", "Round 2 daily update, 15 March 2018 (Day 4)"});

    private final ProcessCatalog processes;

    private final InterventionRecorder recorder;

    private final NoteReader notes;

    private final IssueCatalog issues;

    private final DraftReading drafts;

    private final JdbcClient jdbc;

    InterventionsDemo(
            ProcessCatalog processes,
            InterventionRecorder recorder,
            NoteReader notes,
            IssueCatalog issues,
            DraftReading drafts,
            JdbcClient jdbc) {
        this.processes = processes;
        this.recorder = recorder;
        this.notes = notes;
        this.issues = issues;
        this.drafts = drafts;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProcessRef gcm = this.processes.find("gcm").orElse(null);
        if (gcm == null
                || this.jdbc
                        .sql("select exists (select 1 from intervention where process_id = ?)")
                        .param(gcm.id())
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        NoteReader.Viewer coordinator = new NoteReader.Viewer("coordinator", true, true);
        List<MeetingRef> meetings = this.processes.meetingsOf(gcm.id());
        List<IssueView> issueList = this.issues.issuesOf(gcm.id());
        List<NodeRow> zeroPlus = this.drafts.series(gcm).stream()
                .filter((r) -> r.label().startsWith("Zero Draft Plus"))
                .findFirst()
                .map((RevisionRow r) -> this.drafts.nodes(List.of(r.id())))
                .orElse(List.of());
        int recorded = 0;
        for (String line : read().lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            LocalDate day = LocalDate.parse(f[0]);
            String[] evidence = DAYS.get(day);
            Long note = this.notes.day(gcm, day, coordinator).stream()
                    .filter((n) -> n.note().title().equals(evidence[0]))
                    .map((NoteView n) -> n.note().id())
                    .findFirst()
                    .orElse(null);
            Long meeting = meeting(meetings, day, f[1]);
            Long issue = f[5].isBlank()
                    ? null
                    : IssueCatalog.find(issueList, f[5]).map(IssueView::id).orElse(null);
            Long node = f[7].isBlank()
                    ? null
                    : zeroPlus.stream()
                            .filter((n) -> n.text().startsWith(f[7]))
                            .map(NodeRow::id)
                            .findFirst()
                            .orElse(null);
            this.recorder.record(
                    gcm.slug(),
                    new InterventionDraft(
                            f[2],
                            f[3],
                            day,
                            meeting,
                            InterventionKind.ofApiName(f[4]),
                            node,
                            f[6],
                            issue,
                            f[8],
                            f[9],
                            note,
                            evidence[1]),
                    coordinator);
            recorded++;
        }
        log.info("Interventions demo: recorded {} round 2 interventions into gcm", recorded);
    }

    /** The morning ({@code M}) or afternoon ({@code A}) open session of a day, by its start. */
    private static Long meeting(List<MeetingRef> meetings, LocalDate day, String which) {
        List<MeetingRef> open = meetings.stream()
                .filter((m) -> m.day().equals(day) && !m.chathamHouse())
                .toList();
        Optional<MeetingRef> found = switch (which) {
            case "M" ->
                open.stream()
                        .filter((m) -> m.title().startsWith("Morning") || open.size() == 1)
                        .findFirst();
            case "A" ->
                open.stream().filter((m) -> m.title().startsWith("Afternoon")).findFirst();
            default -> Optional.empty();
        };
        return found.or(() ->
                        "-".equals(which) ? Optional.empty() : open.stream().findFirst())
                .map(MeetingRef::id)
                .orElse(null);
    }

    private static String read() {
        try {
            return new ClassPathResource("demo/interventions/round2.tsv").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
