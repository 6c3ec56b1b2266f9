package org.plenary.notes;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.diff.Comparison;
import org.plenary.diff.ParagraphDiff;
import org.plenary.web.NotFoundException;

/**
 * A note's saves and the word-level changes between any two of them, compared paragraph by paragraph with
 * {@link ParagraphDiff} (the comparison the draft revisions use).
 */
@Service
@Transactional(readOnly = true)
public class NoteHistory {

    /** One save: its number, who and when, and what state it left the note in. */
    public record RevisionRow(
            int number,
            String savedBy,
            LocalDateTime savedAt,
            NoteStatus status,
            Visibility visibility,
            int characters) {}

    /** Two saves compared: title, tags and body. */
    public record RevisionComparison(
            int from, int to, Comparison title, String tagsFrom, String tagsTo, Comparison body) {

        public boolean tagsChanged() {
            return !this.tagsFrom.equals(this.tagsTo);
        }
    }

    private final JdbcClient jdbc;

    private final NoteRevisions revisions;

    NoteHistory(JdbcClient jdbc, NoteRevisions revisions) {
        this.jdbc = jdbc;
        this.revisions = revisions;
    }

    /** Every save of the note, newest first, in one query. */
    public List<RevisionRow> revisions(Long noteId) {
        return this.jdbc
                .sql("""
				select number, saved_by, saved_at, status, visibility, length(body)
				from note_revision where note_id = :note order by number desc
				""")
                .param("note", noteId)
                .query((rs, n) -> new RevisionRow(
                        rs.getInt(1),
                        rs.getString(2),
                        LocalDateTime.ofInstant(rs.getTimestamp(3).toInstant(), ZoneOffset.UTC),
                        NoteStatus.valueOf(rs.getString(4)),
                        Visibility.valueOf(rs.getString(5)),
                        rs.getInt(6)))
                .list();
    }

    /** Save {@code from} compared with save {@code to}. */
    public RevisionComparison compare(Long noteId, int from, int to) {
        List<NoteRevision> both = this.revisions.findByNoteIdAndNumberIn(noteId, List.of(from, to));
        NoteRevision older = pick(both, from, noteId);
        NoteRevision newer = pick(both, to, noteId);
        return new RevisionComparison(
                from,
                to,
                ParagraphDiff.compare(older.getTitle(), newer.getTitle()),
                older.getTags(),
                newer.getTags(),
                ParagraphDiff.compare(older.getBody(), newer.getBody()));
    }

    /** The user's text compared with the text saved now (the conflict page shows it). */
    public static Comparison compareTexts(String saved, String yours) {
        return ParagraphDiff.compare(saved, yours);
    }

    private static NoteRevision pick(List<NoteRevision> revisions, int number, Long noteId) {
        return revisions.stream()
                .filter((r) -> r.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("note.revision.notFound", number));
    }
}
