package org.plenary.interventions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteReader;
import org.plenary.positions.IssueCatalog;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * What a reader may see of the interventions: pages of them by process, speaker, group, dates, paragraph or note, and
 * one of them. Each read is a fixed number of SQL statements whatever the data size (the query, then at most one each
 * for the actors, meetings, note titles, issues and paragraphs it names). The Chatham House rule is applied here, once:
 * to an anonymous reader an intervention at such a meeting names neither its speaker nor the group spoken for, and a
 * list by speaker or group (actor pages, the API) leaves it out before paging.
 */
@Service
@Transactional(readOnly = true)
public class InterventionReading {

    public static final int PAGE_SIZE = 25;

    private static final String COLUMNS = """
			i.id, i.process_id, i.spoken_on, i.meeting_id, i.actor_id, i.on_behalf_of_id, i.kind, i.revision_id,
			i.node_id, i.lineage_id, i.text_part, i.issue_id, i.summary, i.quote, i.note_id, i.source, i.created_by,
			i.version
			""";

    private final JdbcClient jdbc;

    private final ProcessCatalog processes;

    private final ActorDirectory actors;

    private final NoteReader notes;

    private final DraftReading drafts;

    private final IssueCatalog issues;

    InterventionReading(
            JdbcClient jdbc,
            ProcessCatalog processes,
            ActorDirectory actors,
            NoteReader notes,
            DraftReading drafts,
            IssueCatalog issues) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.actors = actors;
        this.notes = notes;
        this.drafts = drafts;
        this.issues = issues;
    }

    /**
     * One page of the interventions the query asks for, oldest first (or newest first), as this reader may see them.
     */
    public InterventionPage page(
            InterventionQuery query, int page, int size, boolean newestFirst, NoteReader.Viewer viewer) {
        return page(query, page, size, newestFirst, viewer, query.hideChathamHouse() ? hiddenFrom(viewer) : List.of());
    }

    /** The meetings whose interventions a list by speaker or group leaves out for this reader (one query, or none). */
    public List<Long> hiddenFrom(NoteReader.Viewer viewer) {
        return viewer.member() ? List.of() : this.processes.chathamHouseMeetingIds();
    }

    /** A page as {@link #page(InterventionQuery, int, int, boolean, NoteReader.Viewer)}, the hidden meetings given. */
    public InterventionPage page(
            InterventionQuery query,
            int page,
            int size,
            boolean newestFirst,
            NoteReader.Viewer viewer,
            List<Long> hidden) {
        int number = Math.max(1, page);
        String order = newestFirst ? "i.spoken_on desc, i.id desc" : "i.spoken_on, i.meeting_id nulls first, i.id";
        long[] total = {0};
        List<Row> rows = this.jdbc
                .sql("select " + COLUMNS + ", count(*) over () as total from intervention i where true"
                        + " and (cast(:process as bigint) is null or i.process_id = :process)"
                        + " and (cast(:actor as bigint) is null or i.actor_id = :actor)"
                        + " and (cast(:grp as bigint) is null or i.on_behalf_of_id = :grp or i.actor_id = :grp)"
                        + " and (cast(:from as date) is null or i.spoken_on >= :from)"
                        + " and (cast(:to as date) is null or i.spoken_on <= :to)"
                        + " and (cast(:lineage as bigint) is null or i.lineage_id = :lineage)"
                        + " and (cast(:note as bigint) is null or i.note_id = :note)"
                        + " and (i.meeting_id is null or not (i.meeting_id = any(:hidden)))"
                        + " order by " + order + " limit :size offset :offset")
                .param("process", query.processId())
                .param("actor", query.actorId())
                .param("grp", query.groupId())
                .param("from", query.from())
                .param("to", query.to())
                .param("lineage", query.lineageId())
                .param("note", query.noteId())
                .param("hidden", hidden.toArray(Long[]::new))
                .param("size", size)
                .param("offset", (long) (number - 1) * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                })
                .list();
        return new InterventionPage(assemble(rows, viewer), number, size, total[0]);
    }

    /** All the interventions the query asks for (a note's, a day's, a paragraph's), oldest first. */
    public List<InterventionView> all(InterventionQuery query, NoteReader.Viewer viewer) {
        return page(query, 1, 500, false, viewer).interventions();
    }

    /** One intervention of a process. */
    public InterventionView one(ProcessRef process, Long id, NoteReader.Viewer viewer) {
        List<Row> rows = this.jdbc
                .sql("select " + COLUMNS + " from intervention i where i.id = :id and i.process_id = :process")
                .param("id", id)
                .param("process", process.id())
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            throw new NotFoundException("intervention.notFound", id);
        }
        return assemble(rows, viewer).get(0);
    }

    /** An intervention row before its actors, meeting, note, issue and paragraph are attached. */
    record Row(
            Long id,
            Long processId,
            LocalDate day,
            Long meetingId,
            Long actorId,
            Long groupId,
            InterventionKind kind,
            Long revisionId,
            Long nodeId,
            Long lineageId,
            String textPart,
            Long issueId,
            String summary,
            String quote,
            Long noteId,
            String source,
            String createdBy,
            long version) {}

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getObject("spoken_on", LocalDate.class),
                rs.getObject("meeting_id", Long.class),
                rs.getLong("actor_id"),
                rs.getObject("on_behalf_of_id", Long.class),
                InterventionKind.valueOf(rs.getString("kind")),
                rs.getObject("revision_id", Long.class),
                rs.getObject("node_id", Long.class),
                rs.getObject("lineage_id", Long.class),
                rs.getString("text_part"),
                rs.getObject("issue_id", Long.class),
                rs.getString("summary"),
                rs.getString("quote"),
                rs.getObject("note_id", Long.class),
                rs.getString("source"),
                rs.getString("created_by"),
                rs.getLong("version"));
    }

    private List<InterventionView> assemble(List<Row> rows, NoteReader.Viewer viewer) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> actorIds = new HashSet<>();
        Set<Long> meetingIds = new HashSet<>();
        Set<Long> noteIds = new HashSet<>();
        Set<Long> processIds = new HashSet<>();
        Set<Long> issueProcesses = new HashSet<>();
        Set<Long> revisionIds = new HashSet<>();
        for (Row r : rows) {
            processIds.add(r.processId());
            actorIds.add(r.actorId());
            if (r.groupId() != null) {
                actorIds.add(r.groupId());
            }
            if (r.meetingId() != null) {
                meetingIds.add(r.meetingId());
            }
            if (r.noteId() != null) {
                noteIds.add(r.noteId());
            }
            if (r.issueId() != null) {
                issueProcesses.add(r.processId());
            }
            if (r.nodeId() != null && r.revisionId() != null) {
                revisionIds.add(r.revisionId());
            }
        }
        Map<Long, ActorRef> actorsById =
                this.actors.findAll(actorIds).stream().collect(Collectors.toMap(ActorRef::id, Function.identity()));
        Map<Long, MeetingRef> meetings = this.processes.meetings(meetingIds).stream()
                .collect(Collectors.toMap(MeetingRef::id, Function.identity()));
        Map<Long, String> noteTitles = this.notes.titles(noteIds, viewer);
        // The processes are read whatever the rows say (a short list): a page's statements must not depend on its data.
        Map<Long, String> slugs = new HashMap<>();
        Map<Long, ProcessRef> processesById = this.processes.all().stream()
                .filter((p) -> processIds.contains(p.id()))
                .collect(Collectors.toMap(ProcessRef::id, Function.identity()));
        processesById.values().forEach((p) -> slugs.put(p.id(), p.slug()));
        Map<Long, InterventionView.IssueRef> issuesById = new HashMap<>();
        for (Long processId : issueProcesses) {
            this.issues
                    .issuesOf(processId)
                    .forEach((i) -> issuesById.put(i.id(), new InterventionView.IssueRef(i.id(), i.slug(), i.title())));
        }
        Map<Long, InterventionView.Paragraph> paragraphs = paragraphs(revisionIds, processesById.values());
        boolean anonymous = !viewer.member();
        List<InterventionView> views = new ArrayList<>();
        for (Row r : rows) {
            MeetingRef meeting = (r.meetingId() != null) ? meetings.get(r.meetingId()) : null;
            boolean hide = anonymous && meeting != null && meeting.chathamHouse();

            views.add(new InterventionView(
                    r.id(),
                    r.processId(),
                    slugs.get(r.processId()),
                    r.day(),
                    meeting,
                    hide ? null : actorsById.get(r.actorId()),
                    (hide || r.groupId() == null) ? null : actorsById.get(r.groupId()),
                    r.kind(),
                    (r.issueId() != null) ? issuesById.get(r.issueId()) : null,
                    (r.nodeId() != null) ? paragraphs.get(r.nodeId()) : null,
                    r.textPart(),
                    r.summary(),
                    r.quote(),
                    (r.noteId() != null && noteTitles.containsKey(r.noteId())) ? r.noteId() : null,
                    (r.noteId() != null) ? noteTitles.get(r.noteId()) : null,
                    r.source(),
                    r.createdBy(),
                    r.version(),
                    hide));
        }
        return views;
    }

    /** The paragraphs of these revisions by node id, named as the drafts pages name them (two queries per process). */
    private Map<Long, InterventionView.Paragraph> paragraphs(Set<Long> revisionIds, Collection<ProcessRef> processes) {
        if (revisionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, RevisionRow> revisions = new HashMap<>();
        for (ProcessRef process : processes) {
            this.drafts.series(process).forEach((r) -> revisions.put(r.id(), r));
        }
        Map<Long, InterventionView.Paragraph> paragraphs = new HashMap<>();
        for (NodeRow node : this.drafts.nodes(revisionIds)) {
            RevisionRow revision = revisions.get(node.revisionId());
            paragraphs.put(
                    node.id(),
                    new InterventionView.Paragraph(
                            node.revisionId(),
                            (revision != null) ? revision.label() : "",
                            node.id(),
                            node.lineageId(),
                            node.shortName()));
        }
        return paragraphs;
    }

    static boolean same(Long a, Long b) {
        return Objects.equals(a, b);
    }
}
