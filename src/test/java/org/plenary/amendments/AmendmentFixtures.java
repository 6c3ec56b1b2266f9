package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionDetails;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.importing.StructureParser;

/** The illustrative revisions for amendment tests: Zero Draft and Zero Draft Plus, Rev 1 when a test imports it. */
final class AmendmentFixtures {

    private AmendmentFixtures() {}

    static List<RevisionRow> importFirstTwo(RevisionImport importer, String slug) {
        return List.of(
                save(importer, slug, "Zero Draft", LocalDate.of(2018, 2, 5), 0),
                save(importer, slug, "Zero Draft Plus", LocalDate.of(2018, 3, 5), 1));
    }

    static RevisionRow importRev1(RevisionImport importer, String slug) {
        return save(importer, slug, "Rev 1", LocalDate.of(2018, 3, 26), 2);
    }

    private static RevisionRow save(RevisionImport importer, String slug, String label, LocalDate on, int file) {
        return importer.save(
                slug,
                new RevisionDetails(label, on, RevisionStatus.PUBLISHED, DraftFixtures.DEMO_FILES[file]),
                StructureParser.parse(DraftFixtures.demoText(DraftFixtures.DEMO_FILES[file])),
                "analyst");
    }
}
