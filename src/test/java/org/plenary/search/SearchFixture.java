package org.plenary.search;

import java.time.LocalDate;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.process.ProcessFixture;

/**
 * A process of its own for one test (see {@link ProcessFixture}: 12 March 2018 with an open and a Chatham House
 * meeting; here also an issue with two stances and a draft document) and a word of its own ({@link #word}), made of
 * letters only, that nothing else in the database holds: searching it finds exactly what the test wrote.
 */
final class SearchFixture extends ProcessFixture {

    /** A word of this fixture only, e.g. "quorbexalimt". */
    final String word;

    final long issueId;

    final long optionId;

    final long documentId;

    SearchFixture(JdbcClient jdbc) {
        super(jdbc, "search", "Search test");
        Random random = new Random();
        StringBuilder word = new StringBuilder("quorbex");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        this.word = word.toString();
        this.issueId = id(
                "insert into issue (process_id, slug, title) values (?, 'firewalls', 'Firewalls') returning id",
                this.processId);
        this.optionId = id(
                "insert into stance_option (issue_id, option_key, label, colour, rank) values (?, 'for', 'For firewalls', '#1f77b4', 1) returning id",
                this.issueId);
        this.documentId = id(
                "insert into draft_document (process_id, title) values (?, 'Global compact') returning id",
                this.processId);
    }

    /** A note (not through the editor: its rules are not what these tests are about). */
    long note(
            String title, String body, String visibility, String status, String author, LocalDate date, Long meeting) {
        return id(
                """
				insert into note (process_id, note_date, round_id, meeting_id, title, author, body, excerpt, visibility, status,
				                  published_at)
				values (?, ?, ?, ?, ?, ?, ?, left(?, 300), ?, ?, case when ? = 'PUBLISHED' then now() end) returning id
				""",
                this.processId,
                date,
                this.roundId,
                meeting,
                title,
                author,
                body,
                body,
                visibility,
                status,
                status);
    }

    long note(String title, String body) {
        return note(title, body, "PUBLIC", "PUBLISHED", "carol", D12, null);
    }

    void tag(long note, String tag) {
        this.jdbc
                .sql("insert into note_tag (note_id, tag) values (?, ?)")
                .params(note, tag)
                .update();
    }

    void mention(long note, String code) {
        this.jdbc
                .sql("insert into note_mention (note_id, actor_id, start_offset, end_offset, written) "
                        + "values (?, (select id from actor where code = ?), 0, 3, ?)")
                .params(note, code, code)
                .update();
    }

    /** A position of the actor (by code) on the fixture's issue. */
    long position(String code, String quote, String remark, Long meeting, String source) {
        return id("""
				insert into position (issue_id, actor_id, option_id, valid_from, meeting_id, source, quote, remark, recorded_by)
				values (?, (select id from actor where code = ?), ?, ?, ?, ?, ?, ?, 'carol') returning id
				""", this.issueId, code, this.optionId, D12, meeting, source, quote, remark);
    }

    /** An intervention of the actor (by code), optionally for a group (by code), at a meeting. */
    long intervention(String code, String group, String summary, String quote, Long meeting) {
        return id("""
				insert into intervention (process_id, spoken_on, meeting_id, actor_id, on_behalf_of_id, kind, summary, quote,
				                          source, created_by)
				values (?, ?, ?, (select id from actor where code = ?), (select id from actor where code = ?), 'STATEMENT',
				        ?, ?, 'Daily update', 'carol') returning id
				""", this.processId, D12, meeting, code, group, summary, quote);
    }

    /** A revision of the fixture's document with one paragraph; returns the paragraph's node id. */
    long paragraph(String label, String revision, String status, int sequence, String text) {
        long revisionId = id("""
				insert into draft_revision (document_id, sequence, label, issued_on, status, imported_at, imported_by)
				values (?, ?, ?, ?, ?, now(), 'ana') returning id
				""", this.documentId, sequence, revision, LocalDate.of(2018, 3, 26), status);
        long lineage = id("insert into draft_lineage (document_id) values (?) returning id", this.documentId);
        return id(
                "insert into draft_node (revision_id, position, kind, label, text, lineage_id) values (?, 0, 'PARAGRAPH', ?, ?, ?) returning id",
                revisionId,
                label,
                text,
                lineage);
    }

    /** A proposal against a paragraph (its node): replace {@code old} with {@code words}, for a reason. */
    long amendment(long node, String old, String words, String rationale) {
        return id("""
				insert into amendment (process_id, revision_id, node_id, lineage_id, kind, target, words, identity_key,
				                       rationale, recorded_by)
				select ?, dn.revision_id, dn.id, dn.lineage_id, 'REPLACE', ?, ?, lower(? || ' / ' || ?), ?, 'carol'
				from draft_node dn where dn.id = ? returning id
				""", this.processId, old, words, old, words, rationale, node);
    }

    /** An actor (by code) for or against a proposal, with a meeting or a written source as evidence. */
    void stand(long amendment, String code, String role, Long meeting, String source) {
        this.jdbc.sql("""
						insert into amendment_actor (amendment_id, actor_id, role, stated_on, meeting_id, source)
						values (?, (select id from actor where code = ?), ?, ?, ?, ?)
						""").params(amendment, code, role, D12, meeting, source).update();
    }
}
