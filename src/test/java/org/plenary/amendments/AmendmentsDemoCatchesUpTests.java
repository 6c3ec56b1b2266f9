package org.plenary.amendments;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database seeded by an older demo (the first ten proposals, before session 16 added the overtaken and the deleted
 * one) gets the newer proposals at the next start, once; what users did since stays as they left it: a proposal they
 * deleted or edited into other words does not come back, and their own proposal with the same words as a demo one is
 * not joined by the demo's proponent. Run on a process of its own with the demo's illustrative Zero Draft Plus.
 */
@PlenaryIntegrationTest
class AmendmentsDemoCatchesUpTests {

    @Autowired
    AmendmentsDemo demo;

    @Autowired
    AmendmentRecorder recorder;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_older_demo_database_gets_the_newer_proposals_once_and_keeps_what_users_did() {
        String slug = DraftFixtures.newProcess(this.jdbc);
        AmendmentFixtures.importFirstTwo(this.importer, slug);
        try {
            catchesUp(slug);
        } finally {
            // The EU 27's and others' proposals here would count on their pages, which other tests check.
            this.jdbc
                    .sql("delete from amendment where process_id = (select id from process where slug = ?)")
                    .param(slug)
                    .update();
        }
    }

    private void catchesUp(String slug) {
        // The older demo: the first ten proposals, Norway's supported by the EU 27.
        assertThat(this.demo.seed(slug, AmendmentsDemo.PROPOSALS.subList(0, 10)))
                .isEqualTo(10);
        assertThat(count(slug, "true")).isEqualTo(10);

        // Since then a user deleted Bangladesh's proposal, edited Guatemala's "the child" into other words, and
        // recorded
        // (for South Africa) the words that the newer demo gives the African Group.
        this.jdbc
                .sql("delete from amendment where process_id = (select id from process where slug = ?)"
                        + " and words = 'should be based on lawful measures'")
                .param(slug)
                .update();
        this.jdbc
                .sql("update amendment set words = 'children', identity_key = replace(identity_key,"
                        + " 'girls boys and adolescents', 'children'), version = version + 1"
                        + " where process_id = (select id from process where slug = ?) and target = 'the child'")
                .param(slug)
                .update();
        Long paragraph14c = this.jdbc
                .sql(
                        "select n.id from draft_node n join draft_revision r on r.id = n.revision_id"
                                + " join draft_document d on d.id = r.document_id join process p on p.id = d.process_id"
                                + " where p.slug = ? and r.label = 'Zero Draft Plus' and n.text like '(c) Support multicultural%'")
                .param(slug)
                .query(Long.class)
                .single();
        Long usersOwn = this.recorder.propose(
                slug,
                new ProposalDraft(
                        paragraph14c,
                        ProposalKind.INSERT,
                        "sports, music and arts",
                        0,
                        "and campaigns against xenophobia and discrimination",
                        null),
                new StatementDraft(
                        "South Africa", null, ActorRole.PROPONENT, LocalDate.of(2018, 3, 15), null, "Notes", null),
                "coordinator");
        long stands = stands(slug);

        // The next start: only the EU 27's "migrant workers" is new to this process.
        assertThat(this.demo.seed(slug, AmendmentsDemo.PROPOSALS)).isOne();
        assertThat(count(slug, "words = 'migrants' and recorded_by = 'demo'")).isOne();
        assertThat(count(slug, "words = 'should be based on lawful measures'")).isZero();
        assertThat(count(slug, "target = 'the child'")).isOne();
        assertThat(count(slug, "target = 'the child' and words = 'children'")).isOne();
        assertThat(count(slug, "words like '%xenophobia%'")).isOne();
        assertThat(this.jdbc
                        .sql("select count(*) from amendment_actor where amendment_id = ?")
                        .param(usersOwn)
                        .query(Long.class)
                        .single())
                .isOne();
        // 9 of the older demo's, the user's, the new one; one stand more (its proponent's).
        assertThat(count(slug, "true")).isEqualTo(11);
        assertThat(stands(slug)).isEqualTo(stands + 1);

        // And again: nothing.
        assertThat(this.demo.seed(slug, AmendmentsDemo.PROPOSALS)).isZero();
        assertThat(count(slug, "true")).isEqualTo(11);
        assertThat(stands(slug)).isEqualTo(stands + 1);
    }

    private long count(String slug, String condition) {
        return this.jdbc
                .sql("select count(*) from amendment where process_id = (select id from process where slug = ?) and "
                        + condition)
                .param(slug)
                .query(Long.class)
                .single();
    }

    private long stands(String slug) {
        return this.jdbc
                .sql("select count(*) from amendment_actor x join amendment a on a.id = x.amendment_id"
                        + " where a.process_id = (select id from process where slug = ?)")
                .param(slug)
                .query(Long.class)
                .single();
    }
}
