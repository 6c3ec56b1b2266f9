package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.actors.ActorPageSection;
import org.plenary.actors.ActorRef;

/**
 * The notes that name an actor, on its page (a state's or a group's): newest first up to the page's date, each with
 * a snippet around its first mention, in one query. Only notes the reader may read count, so an anonymous reader never
 * sees a mention whose only evidence is a Chatham House note (such a note is never public).
 */
@Component
class NoteMentionsSection implements ActorPageSection {

    static final int LIMIT = 20;

    /** One note that names the actor: the words around its first mention, and how often it names it. */
    public record Row(
            Long noteId,
            String title,
            LocalDate date,
            String author,
            String organisation,
            String before,
            String written,
            String after,
            int mentions) {}

    /** What the fragment shows. */
    public record Data(ActorRef actor, LocalDate asOf, List<Row> notes) {}

    private final JdbcClient jdbc;

    NoteMentionsSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Section> of(ActorRef actor, Request request) {
        NoteReader.Viewer viewer = NoteReader.Viewer.of(request.viewer());
        List<Row> rows = this.jdbc
                .sql("select * from (select distinct on (n.id) n.id, n.title, n.note_date, n.author, n.organisation,"
                        + " substr(n.body, greatest(m.start_offset - 90, 0) + 1, m.start_offset - greatest(m.start_offset - 90, 0)) as before,"
                        + " m.written, substr(n.body, m.end_offset + 1, 90) as after,"
                        + " count(*) over (partition by n.id) as mentions"
                        + " from note_mention m join note n on n.id = m.note_id"
                        + " where m.actor_id = :actor and n.note_date <= :asOf and " + NoteReader.VISIBLE
                        + " order by n.id, m.start_offset) x order by note_date desc, id desc limit " + LIMIT)
                .param("actor", actor.id())
                .param("asOf", (request.asOf() != null) ? request.asOf() : LocalDate.of(9999, 12, 31))
                .param("user", (viewer.username() != null) ? viewer.username() : "")
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("note_date", LocalDate.class),
                        rs.getString("author"),
                        rs.getString("organisation"),
                        plain(rs.getString("before"), true),
                        rs.getString("written"),
                        plain(rs.getString("after"), false),
                        rs.getInt("mentions")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(30, "notes/sections", "mentions", new Data(actor, request.asOf(), rows)));
    }

    /** Markdown marks taken out and the snippet cut at a word, so that it reads as text. */
    static String plain(String text, boolean before) {
        String s = (text != null) ? text.replaceAll("[*_~`#>|]+", "").replaceAll("\\s+", " ") : "";
        if (before) {
            int cut = s.indexOf(' ');
            return (s.length() >= 80 && cut >= 0) ? "…" + s.substring(cut) : s;
        }
        int cut = s.lastIndexOf(' ');
        return (s.length() >= 80 && cut > 0) ? s.substring(0, cut) + "…" : s;
    }
}
