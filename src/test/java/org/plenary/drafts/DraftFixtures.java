package org.plenary.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.drafts.importing.StructureParser;

/**
 * Test data of their own for drafts tests: a process with a unique slug, and the three illustrative revisions of
 * the demo imported into it.
 */
public final class DraftFixtures {

    public static final String[] DEMO_FILES = {"1-zero-draft.txt", "2-zero-draft-plus.txt", "3-rev-1.txt"};

    private DraftFixtures() {}

    public static String newProcess(JdbcClient jdbc) {
        String slug = "drafts-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into process (slug, name) values (?, ?)")
                .params(slug, "Test process " + slug)
                .update();
        return slug;
    }

    public static String demoText(String file) {
        try {
            return new ClassPathResource("demo/drafts/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Imports the three illustrative revisions; returns them in order. */
    public static List<RevisionRow> importDemo(RevisionImport importer, String slug) {
        return List.of(
                importer.save(
                        slug,
                        new RevisionDetails(
                                "Zero Draft", LocalDate.of(2018, 2, 5), RevisionStatus.PUBLISHED, DEMO_FILES[0]),
                        StructureParser.parse(demoText(DEMO_FILES[0])),
                        "analyst"),
                importer.save(
                        slug,
                        new RevisionDetails(
                                "Zero Draft Plus", LocalDate.of(2018, 3, 5), RevisionStatus.PUBLISHED, DEMO_FILES[1]),
                        StructureParser.parse(demoText(DEMO_FILES[1])),
                        "analyst"),
                importer.save(
                        slug,
                        new RevisionDetails("Rev 1", LocalDate.of(2018, 3, 26), RevisionStatus.DRAFT, DEMO_FILES[2]),
                        StructureParser.parse(demoText(DEMO_FILES[2])),
                        "analyst"));
    }
}
