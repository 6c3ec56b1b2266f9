package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the names a note mentions: recognised again on every save, replacing what the previous save found. */
@Component
class NoteMentions {

    private final JdbcClient jdbc;

    private final MentionRecognizer recognizer;

    NoteMentions(JdbcClient jdbc, MentionRecognizer recognizer) {
        this.jdbc = jdbc;
        this.recognizer = recognizer;
    }

    void store(Long noteId, String body, LocalDate date) {
        this.jdbc
                .sql("delete from note_mention where note_id = ?")
                .param(noteId)
                .update();
        List<MentionRecognizer.Mention> mentions = this.recognizer.recognise(body, date);
        if (mentions.isEmpty()) {
            return;
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
    }
}
