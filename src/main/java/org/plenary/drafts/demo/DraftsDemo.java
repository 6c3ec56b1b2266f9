package org.plenary.drafts.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.plenary.demo.DemoDataEnabled;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.RevisionDetails;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.importing.StructureParser;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * Demo data of the drafts module: three revisions of a short illustrative draft (written by us, labelled
 * illustrative) imported into the GCM process through the importer, after the demo SQL. Their changes carry the
 * proposals reported in the round 2 daily updates (EU 27, Guatemala, Bangladesh, Micronesia) and a renumbered and
 * a moved paragraph. Idempotent: a revision whose label exists is skipped.
 */
@Component
@Conditional(DemoDataEnabled.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DraftsDemo implements ApplicationRunner {

    record DemoRevision(String label, LocalDate issuedOn, RevisionStatus status, String file) {}

    static final List<DemoRevision> REVISIONS = List.of(
            new DemoRevision(
                    "Zero Draft (illustrative)",
                    LocalDate.of(2018, 2, 5),
                    RevisionStatus.PUBLISHED,
                    "1-zero-draft.txt"),
            new DemoRevision(
                    "Zero Draft Plus (illustrative)",
                    LocalDate.of(2018, 3, 5),
                    RevisionStatus.PUBLISHED,
                    "2-zero-draft-plus.txt"),
            new DemoRevision("Rev 1 (illustrative)", LocalDate.of(2018, 3, 26), RevisionStatus.DRAFT, "3-rev-1.txt"));

    private static final Logger log = LoggerFactory.getLogger(DraftsDemo.class);

    private final ProcessCatalog processes;

    private final DraftReading reading;

    private final RevisionImport importer;

    DraftsDemo(ProcessCatalog processes, DraftReading reading, RevisionImport importer) {
        this.processes = processes;
        this.reading = reading;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        ProcessRef gcm = this.processes.find("gcm").orElse(null);
        if (gcm == null) {
            return;
        }
        Set<String> present =
                this.reading.series(gcm).stream().map(RevisionRow::label).collect(Collectors.toSet());
        int imported = 0;
        for (DemoRevision revision : REVISIONS) {
            if (present.contains(revision.label())) {
                continue;
            }
            this.importer.save(
                    gcm.slug(),
                    new RevisionDetails(revision.label(), revision.issuedOn(), revision.status(), revision.file()),
                    StructureParser.parse(text(revision.file())),
                    "demo");
            imported++;
        }
        if (imported > 0) {
            log.info("Drafts demo: imported {} illustrative revisions into {}", imported, gcm.slug());
        }
    }

    private static String text(String file) {
        try {
            return new ClassPathResource("demo/drafts/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
