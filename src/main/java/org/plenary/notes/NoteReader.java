package org.plenary.notes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.process.CalendarView;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * What a reader may see of the notes: lists (filtered, paged, newest first), a day's notes in meeting order, one
 * note. Each read is a fixed number of SQL statements, and the rule of who sees what is stated once, in
 * {@link #VISIBLE}: the author sees their notes, others see published notes their visibility admits.
 */
@Service
@Transactional(readOnly = true)
public class NoteReader {

    /** Who reads: their username ({@code null} when anonymous), whether signed in, whether a coordinator. */
    public record Viewer(String username, boolean member, boolean coordinator) {

        public static final Viewer ANONYMOUS = new Viewer(null, false, false);

        public static Viewer of(Authentication authentication) {
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return ANONYMOUS;
            }
            boolean coordinator = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .anyMatch((a) -> a.equals("ROLE_COORDINATOR") || a.equals("ROLE_ADMIN"));
            return new Viewer(authentication.getName(), true, coordinator);
        }
    }

    /**
     * The one statement of who sees a note (alias {@code n}); parameters {@code user} (the username, {@code ''} when
     * anonymous), {@code member}, {@code coordinator}. Public so that other modules' SQL (the search) filters notes
     * by this rule inside their query instead of restating it.
     */
    public static final String VISIBLE = """
			(n.author = :user or (n.status = 'PUBLISHED' and (n.visibility = 'PUBLIC'
				or (n.visibility = 'MEMBERS' and :member) or (n.visibility = 'COORDINATORS' and :coordinator))))
			""";

    private static final String COLUMNS = """
			n.id, n.process_id, n.note_date, n.round_id, n.meeting_id, n.title, n.author, n.organisation, n.excerpt,
			array(select t.tag from note_tag t where t.note_id = n.id order by t.tag) as tags,
			n.visibility, n.status, n.updated_at
			""";

    /** A note's mention corrections, read with the note (no statement of their own): "KIND:actor id:words". */
    private static final String CORRECTIONS = """
			array(select c.kind || ':' || c.actor_id || ':' || c.written from note_mention_correction c
				where c.note_id = n.id order by c.id) as corrections
			""";

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;

    private final ProcessCatalog processes;

    private final MarkdownRenderer renderer;

    private final MentionRecognizer mentions;

    NoteReader(JdbcClient jdbc, ProcessCatalog processes, MarkdownRenderer renderer, MentionRecognizer mentions) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.renderer = renderer;
        this.mentions = mentions;
    }

    /** Markdown as the note page shows it: sanitised HTML with the actors it names linked to their pages. */
    public String render(String markdown, LocalDate date) {
        return this.mentions.link(this.renderer.html(markdown), date);
    }

    /** The process' calendar, for filters and forms. */
    public CalendarView calendar(ProcessRef process) {
        return this.processes.calendar(process);
    }

    /** A page of the process' notes this reader may see, newest first. */
    public NotePage list(ProcessRef process, NoteFilter filter, int page, Viewer viewer) {
        int number = Math.max(1, page);
        CalendarIndex calendar = new CalendarIndex(this.processes.calendar(process));
        long[] total = {0};
        List<NoteSummary> notes = this.jdbc
                .sql("select " + COLUMNS + ", count(*) over () as total from note n where n.process_id = :process and "
                        + VISIBLE + """
						and (cast(:round as bigint) is null or n.round_id = :round)
						and (cast(:day as date) is null or n.note_date = :day)
						and (cast(:tag as varchar) is null or exists (select 1 from note_tag t
							where t.note_id = n.id and t.tag = :tag))
						and (cast(:author as varchar) is null or n.author = :author)
						order by n.note_date desc, coalesce(n.published_at, n.created_at) desc, n.id desc
						limit :size offset :offset
						""")
                .param("process", process.id())
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .param("round", filter.roundId())
                .param("day", filter.day())
                .param("tag", filter.tag())
                .param("author", filter.author())
                .param("size", PAGE_SIZE)
                .param("offset", (number - 1) * PAGE_SIZE)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return summary(rs, calendar);
                })
                .list();
        return new NotePage(notes, number, PAGE_SIZE, total[0]);
    }

    /** The notes of one day this reader may see, with their bodies: the day's own notes first, then meeting order. */
    public List<NoteView> day(ProcessRef process, LocalDate day, Viewer viewer) {
        CalendarIndex calendar = new CalendarIndex(this.processes.calendar(process));
        List<NoteView> notes = this.jdbc
                .sql("select " + COLUMNS + ", n.body, n.version, " + CORRECTIONS + " from note n "
                        + "where n.process_id = :process and n.note_date = :day and " + VISIBLE
                        + " order by coalesce(n.published_at, n.created_at), n.id")
                .param("process", process.id())
                .param("day", day)
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query((rs, n) -> view(rs, calendar, viewer, 0))
                .list();
        return notes.stream()
                .sorted(Comparator.comparingInt(
                        (NoteView v) -> calendar.meetingOrder(v.note().meetingId())))
                .toList();
    }

    /**
     * The titles of those of these notes this reader may see, by id, one query: other modules link to a note they cite
     * as evidence (interventions, #8) only when the reader may open it.
     */
    public java.util.Map<Long, String> titles(java.util.Collection<Long> ids, Viewer viewer) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        this.jdbc
                .sql("select n.id, n.title from note n where n.id = any(:ids) and " + VISIBLE)
                .param("ids", ids.toArray(Long[]::new))
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query((rs, n) -> titles.put(rs.getLong(1), rs.getString(2)))
                .list();
        return titles;
    }

    /** One note, if this reader may see it. */
    public Optional<NoteView> note(Long id, Viewer viewer) {
        Optional<Long> processId = this.jdbc
                .sql("select n.process_id from note n where n.id = :id and " + VISIBLE)
                .param("id", id)
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query(Long.class)
                .optional();
        if (processId.isEmpty()) {
            return Optional.empty();
        }
        ProcessRef process = this.processes.all().stream()
                .filter((p) -> p.id().equals(processId.get()))
                .findFirst()
                .orElseThrow();
        CalendarIndex calendar = new CalendarIndex(this.processes.calendar(process));
        return this.jdbc
                .sql("select " + COLUMNS + ", n.body, n.version, " + CORRECTIONS + ", "
                        + "(select count(*) from note_revision r where r.note_id = n.id) as revisions "
                        + "from note n where n.id = :id")
                .param("id", id)
                .query((rs, n) -> view(rs, calendar, viewer, rs.getInt("revisions")))
                .optional();
    }

    /** The process that a note belongs to, for its page's links. */
    public Optional<ProcessRef> processOf(NoteView note) {
        return this.processes.all().stream()
                .filter((p) -> p.id().equals(note.note().processId()))
                .findFirst();
    }

    /**
     * The notes this reader may see that name an actor (through the recognised mentions), newest first, in every
     * process: an actor's feed. One statement.
     */
    public List<NoteSummary> mentioning(Long actorId, Viewer viewer, int limit) {
        return this.jdbc
                .sql("select " + COLUMNS + ", r.name as round_name, m.title as meeting_title,"
                        + " coalesce(m.chatham_house, false) as chatham_house from note n"
                        + " left join round r on r.id = n.round_id left join meeting m on m.id = n.meeting_id"
                        + " where exists (select 1 from note_mention nm where nm.note_id = n.id and nm.actor_id = :actor)"
                        + " and " + VISIBLE
                        + " order by n.note_date desc, coalesce(n.published_at, n.created_at) desc, n.id desc"
                        + " limit :limit")
                .param("actor", actorId)
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .param("limit", Math.max(1, limit))
                .query((rs, n) -> joinedSummary(rs))
                .list();
    }

    /**
     * The notes published after {@code since} that this reader may see, in every process, newest first: "since my
     * last visit". One statement.
     */
    public List<NoteSummary> publishedSince(java.time.Instant since, Viewer viewer, int limit) {
        return this.jdbc
                .sql("select " + COLUMNS + ", r.name as round_name, m.title as meeting_title,"
                        + " coalesce(m.chatham_house, false) as chatham_house from note n"
                        + " left join round r on r.id = n.round_id left join meeting m on m.id = n.meeting_id"
                        + " where n.status = 'PUBLISHED' and coalesce(n.published_at, n.created_at) > :since and "
                        + VISIBLE + " order by coalesce(n.published_at, n.created_at) desc, n.id desc limit :limit")
                .param("since", java.sql.Timestamp.from(since))
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .param("limit", Math.max(1, limit))
                .query((rs, n) -> joinedSummary(rs))
                .list();
    }

    /**
     * The published notes of a process that this reader may see, newest first: the notes a record may cite as its
     * evidence (amendments, #9). One statement.
     */
    public List<NoteSummary> citable(ProcessRef process, Viewer viewer) {
        return this.jdbc
                .sql("select " + COLUMNS + ", r.name as round_name, m.title as meeting_title,"
                        + " coalesce(m.chatham_house, false) as chatham_house from note n"
                        + " left join round r on r.id = n.round_id left join meeting m on m.id = n.meeting_id"
                        + " where n.process_id = :process and n.status = 'PUBLISHED' and " + VISIBLE
                        + " order by n.note_date desc, coalesce(n.published_at, n.created_at) desc, n.id desc")
                .param("process", process.id())
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query((rs, n) -> joinedSummary(rs))
                .list();
    }

    /** The dates of the process' published notes this reader may see, in order: the digest's days. One statement. */
    public List<LocalDate> publishedDays(ProcessRef process, Viewer viewer) {
        return this.jdbc
                .sql("select distinct n.note_date from note n where n.process_id = :process and n.status = 'PUBLISHED'"
                        + " and " + VISIBLE + " order by n.note_date")
                .param("process", process.id())
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .list();
    }

    /** The tags of the notes this reader may see in the process, most used first: filters and completion. */
    public List<String> tags(ProcessRef process, Viewer viewer) {
        return this.jdbc
                .sql("select t.tag from note_tag t join note n on n.id = t.note_id where n.process_id = :process and "
                        + VISIBLE + " group by t.tag order by count(*) desc, t.tag limit 200")
                .param("process", process.id())
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query(String.class)
                .list();
    }

    /** The authors of the notes this reader may see in the process, for the filter. */
    public List<String> authors(ProcessRef process, Viewer viewer) {
        return this.jdbc
                .sql("select distinct n.author from note n where n.process_id = :process and " + VISIBLE
                        + " order by n.author")
                .param("process", process.id())
                .param("user", user(viewer))
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query(String.class)
                .list();
    }

    private NoteView view(ResultSet rs, CalendarIndex calendar, Viewer viewer, int revisions) throws SQLException {
        NoteSummary summary = summary(rs, calendar);
        String body = rs.getString("body");
        boolean editable = viewer.coordinator()
                && (summary.status() == NoteStatus.PUBLISHED || summary.author().equals(viewer.username()));
        List<MentionCorrection> corrections = corrections(rs.getArray("corrections"));
        MentionRecognizer.Linked linked = this.mentions.link(this.renderer.html(body), summary.date(), corrections);
        List<NoteView.Mention> removed = corrections.stream()
                .filter((c) -> c.kind() == MentionCorrection.Kind.REMOVE)
                .flatMap((c) -> this.mentions.actor(c.actorId()).stream()
                        .map((a) ->
                                new NoteView.Mention(a, c.written(), MentionRecognizer.href(a, summary.date()), false)))
                .toList();
        return new NoteView(
                summary, linked.html(), body, rs.getLong("version"), revisions, editable, linked.mentions(), removed);
    }

    /** The corrections as {@link #CORRECTIONS} reads them. */
    static List<MentionCorrection> corrections(Array array) throws SQLException {
        return tags(array).stream()
                .map((s) -> s.split(":", 3))
                .map((p) -> new MentionCorrection(MentionCorrection.Kind.valueOf(p[0]), Long.valueOf(p[1]), p[2]))
                .toList();
    }

    /** A summary from a row that joined its round and meeting (reads across processes, without a calendar). */
    private static NoteSummary joinedSummary(ResultSet rs) throws SQLException {
        return new NoteSummary(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getObject("note_date", LocalDate.class),
                (Long) rs.getObject("round_id"),
                rs.getString("round_name"),
                (Long) rs.getObject("meeting_id"),
                rs.getString("meeting_title"),
                rs.getBoolean("chatham_house"),
                rs.getString("title"),
                rs.getString("author"),
                rs.getString("organisation"),
                rs.getString("excerpt"),
                tags(rs.getArray("tags")),
                Visibility.valueOf(rs.getString("visibility")),
                NoteStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static NoteSummary summary(ResultSet rs, CalendarIndex calendar) throws SQLException {
        Long roundId = (Long) rs.getObject("round_id");
        Long meetingId = (Long) rs.getObject("meeting_id");
        var meeting = calendar.meeting(meetingId);
        return new NoteSummary(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getObject("note_date", LocalDate.class),
                roundId,
                calendar.round(roundId).map(CalendarIndex.RoundInfo::name).orElse(null),
                meetingId,
                meeting.map(CalendarIndex.MeetingInfo::title).orElse(null),
                meeting.map(CalendarIndex.MeetingInfo::chathamHouse).orElse(false),
                rs.getString("title"),
                rs.getString("author"),
                rs.getString("organisation"),
                rs.getString("excerpt"),
                tags(rs.getArray("tags")),
                Visibility.valueOf(rs.getString("visibility")),
                NoteStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> tags(Array array) throws SQLException {
        return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
    }

    private static String user(Viewer viewer) {
        return (viewer.username() != null) ? viewer.username() : "";
    }
}
