package org.plenary.amendments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionDetails;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.RevisionStatus;
import org.plenary.drafts.importing.StructureParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paragraph merged into another in the next revision is not deleted for its proposals: the paragraph it merged into
 * is its successor (the lineage records the merge), so words adopted there count, and words left out do not.
 */
@PlenaryIntegrationTest
class ProposalsFollowMergedParagraphsTests {

    static final String EARLIER = """
			1. States commit to cooperate on safe, orderly and regular migration in the spirit of shared responsibility.

			2. They invest in programmes that address the adverse drivers of migration in countries of origin.

			3. They strengthen the evidence base with accurate and disaggregated data on migration flows.

			4. They ensure that every migrant can access basic services without discrimination of any kind.
			""";

    /** Paragraph 3 merged into paragraph 2, with "reliable" in place of "accurate". */
    static final String NEXT = """
			1. States commit to cooperate on safe, orderly and regular migration in the spirit of shared responsibility.

			2. They invest in programmes that address the adverse drivers of migration in countries of origin. They strengthen the evidence base with reliable and disaggregated data on migration flows.

			3. They ensure that every migrant can access basic services without discrimination of any kind.
			""";

    @Autowired
    RevisionImport importer;

    @Autowired
    AmendmentRecorder recorder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void proposals_on_a_merged_paragraph_are_decided_on_the_paragraph_it_merged_into() {
        String slug = DraftFixtures.newProcess(this.jdbc);
        RevisionRow earlier = save(slug, "Zero Draft", LocalDate.of(2018, 2, 5), EARLIER);
        Long merged = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '3. They strengthen%'")
                .param(earlier.id())
                .query(Long.class)
                .single();
        Long adopted = propose(slug, merged, "accurate", "reliable");
        Long refused = propose(slug, merged, "migration flows", "human mobility");

        RevisionRow next = save(slug, "Rev 1", LocalDate.of(2018, 3, 26), NEXT);

        assertThat(this.jdbc
                        .sql("select count(*) from draft_link where revision_id = ? and kind = 'MERGED'")
                        .param(next.id())
                        .query(Integer.class)
                        .optional())
                .as("the import records the merge")
                .hasValueSatisfying((count) -> assertThat(count).isPositive());
        assertThat(outcome(adopted)).isEqualTo("VERBATIM");
        assertThat(outcome(refused)).isEqualTo("NOT_ADOPTED");
    }

    private String outcome(Long amendment) {
        return this.jdbc
                .sql("select outcome from amendment_outcome where amendment_id = ?")
                .param(amendment)
                .query(String.class)
                .single();
    }

    private Long propose(String slug, Long node, String target, String words) {
        return this.recorder.propose(
                slug,
                new ProposalDraft(node, ProposalKind.REPLACE, target, 0, words, null),
                new StatementDraft(
                        "Mexico", null, ActorRole.PROPONENT, LocalDate.of(2018, 3, 14), null, "Daily update", null),
                "coordinator");
    }

    private RevisionRow save(String slug, String label, LocalDate on, String text) {
        return this.importer.save(
                slug,
                new RevisionDetails(label, on, RevisionStatus.PUBLISHED, null),
                StructureParser.parse(text.stripIndent()),
                "analyst");
    }
}
