package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the names a note mentions: recognised again on every save, replacing what the previous save found, with the
 * coordinators' corrections of the note applied (so an actor's page lists what the note page links).
 */
@Component
class NoteMentions {

    private final JdbcClient jdbc;

    private final MentionRecognizer recognizer;

    NoteMentions(JdbcClient jdbc, MentionRecognizer recognizer) {
        this.jdbc = jdbc;
        this.recognizer = recognizer;
    }

    /** Recognises the note's names again and stores them; returns what it stored. */
    List<MentionRecognizer.Mention> store(Long noteId, String body, LocalDate date) {
        this.jdbc
                .sql("delete from note_mention where note_id = ?")
                .param(noteId)
                .update();
        List<MentionCorrection> corrections = this.jdbc
                .sql("select kind, actor_id, written from note_mention_correction where note_id = ? order by id")
                .param(noteId)
                .query((rs, n) -> new MentionCorrection(
                        MentionCorrection.Kind.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3)))
                .list();
        List<MentionRecognizer.Mention> mentions = this.recognizer.recognise(body, date, corrections);
        if (mentions.isEmpty()) {
            return mentions;
        }
        StringBuilder sql = new StringBuilder(
                "insert into note_mention (note_id, actor_id, start_offset, end_offset, written) values ");
        List<Object> params = new java.util.ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            MentionRecognizer.Mention m = mentions.get(i);
            sql.append((i > 0) ? ", " : "").append("(?, ?, ?, ?, ?)");
            params.add(noteId);
            params.add(m.actor().id());
            params.add(m.start());
            params.add(m.end());
            params.add(m.text().length() > 200 ? m.text().substring(0, 200) : m.text());
        }
        this.jdbc.sql(sql.toString()).params(params).update();
        return mentions;
    }
}
