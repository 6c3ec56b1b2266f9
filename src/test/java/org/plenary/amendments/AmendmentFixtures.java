package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionDetails;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.importing.StructureParser;

/**
 * The illustrative revisions for amendment tests: Zero Draft and Zero Draft Plus, Rev 1 when a test imports it; and a
 * Chatham House meeting of the process for the proposals that anonymous readers must not see.
 */
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

    /** An informal plenary under the Chatham House rule on 14 March 2018 (round 2, 12-15 March); returns its id. */
    static Long chathamHouseMeeting(JdbcClient jdbc, String slug) {
        Long process = jdbc.sql("select id from process where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        Long round = jdbc.sql(
                        "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id")
                .params(process, LocalDate.of(2018, 3, 12), LocalDate.of(2018, 3, 15))
                .query(Long.class)
                .single();
        Long day = jdbc.sql("insert into round_day (round_id, day) values (?, ?) returning id")
                .params(round, LocalDate.of(2018, 3, 14))
                .query(Long.class)
                .single();
        return jdbc.sql(
                        "insert into meeting (round_day_id, title, kind, chatham_house) values (?, 'Informal', 'PLENARY',"
                                + " true) returning id")
                .param(day)
                .query(Long.class)
                .single();
    }

    private static RevisionRow save(RevisionImport importer, String slug, String label, LocalDate on, int file) {
        return importer.save(
                slug,
                new RevisionDetails(label, on, RevisionStatus.PUBLISHED, DraftFixtures.DEMO_FILES[file]),
                StructureParser.parse(DraftFixtures.demoText(DraftFixtures.DEMO_FILES[file])),
                "analyst");
    }
}
