package org.plenary.interventions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.GroupRoster;
import org.plenary.actors.NameResolver;
import org.plenary.actors.Resolution;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteView;
import org.plenary.positions.IssueCatalog;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;
import org.plenary.web.StaleEditException;

/**
 * Records, changes and deletes interventions. Names are resolved at the intervention's date; a statement on behalf of
 * a group that the speaker does not belong to or does not speak for on that date is recorded with a warning. Edits
 * and deletes are version-checked; every write is audited by the database.
 */
@Service
@Transactional
public class InterventionRecorder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final JdbcClient jdbc;

    private final ProcessCatalog processes;

    private final NameResolver names;

    private final GroupRoster roster;

    private final NoteReader notes;

    private final DraftReading drafts;

    private final IssueCatalog issues;

    InterventionRecorder(
            JdbcClient jdbc,
            ProcessCatalog processes,
            NameResolver names,
            GroupRoster roster,
            NoteReader notes,
            DraftReading drafts,
            IssueCatalog issues) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.names = names;
        this.roster = roster;
        this.notes = notes;
        this.drafts = drafts;
        this.issues = issues;
    }

    /** An intervention recorded, and what a coordinator should look at about it. */
    public record Recorded(Long id, List<Warning> warnings) {}

    /**
     * Records an intervention.
     * @param recorder who records it, and what they may read (the note given as evidence must be readable to them)
     * @throws InterventionRuleException if a rule refuses it (the field and message say which)
     */
    public Recorded record(String processSlug, InterventionDraft draft, NoteReader.Viewer recorder) {
        ProcessRef process = process(processSlug);
        Resolved r = resolve(process, draft, recorder);
        Long id = this.jdbc
                .sql("""
				insert into intervention (process_id, spoken_on, meeting_id, actor_id, on_behalf_of_id, kind, revision_id,
				                          node_id, lineage_id, text_part, issue_id, summary, quote, note_id, source, created_by)
				values (:process, :day, :meeting, :actor, :group, :kind, :revision, :node, :lineage, :part, :issue,
				        :summary, :quote, :note, :source, :user)
				returning id
				""")
                .params(r.params())
                .param("process", process.id())
                .param("user", recorder.username())
                .query(Long.class)
                .single();
        return new Recorded(id, r.warnings());
    }

    /**
     * Changes an intervention, if nobody changed it since the form was opened.
     * @throws StaleEditException if the version is not the saved one
     * @throws InterventionRuleException if a rule refuses the change
     */
    public Recorded revise(
            String processSlug, Long id, long version, InterventionDraft draft, NoteReader.Viewer editor) {
        ProcessRef process = process(processSlug);
        long saved = versionOf(process, id);
        StaleEditException.check(version, saved);
        Resolved r = resolve(process, draft, editor);
        int updated = this.jdbc
                .sql("""
				update intervention set spoken_on = :day, meeting_id = :meeting, actor_id = :actor,
				       on_behalf_of_id = :group, kind = :kind, revision_id = :revision, node_id = :node,
				       lineage_id = :lineage, text_part = :part, issue_id = :issue, summary = :summary, quote = :quote,
				       note_id = :note, source = :source, version = version + 1
				where id = :id and version = :version
				""")
                .params(r.params())
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new StaleEditException(version, versionOf(process, id));
        }
        return new Recorded(id, r.warnings());
    }

    /** Deletes an intervention, if nobody changed it since the page was shown. */
    public void delete(String processSlug, Long id, long version) {
        ProcessRef process = process(processSlug);
        long saved = versionOf(process, id);
        StaleEditException.check(version, saved);
        int deleted = this.jdbc
                .sql("delete from intervention where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .update();
        if (deleted == 0) {
            throw new StaleEditException(version, versionOf(process, id));
        }
    }

    /**
     * What a coordinator should look at about a statement on behalf of a group: the speaker is not a member of the
     * group at that date, or the group has spokespersons that day and the speaker is not one of them.
     */
    public List<Warning> warnings(ActorRef speaker, ActorRef group, LocalDate day, Long meetingId) {
        List<Warning> warnings = new ArrayList<>();
        if (group == null || speaker == null) {
            return warnings;
        }
        boolean member = this.roster.membersOn(List.of(group.id()), day).stream()
                .anyMatch((m) -> m.memberId().equals(speaker.id()));
        if (!member) {
            warnings.add(new Warning(
                    "intervention.warning.notMember", List.of(speaker.name(), group.name(), DAY.format(day))));
        }
        List<ActorRef> spokespersons = this.roster.spokespersonsOn(group.id(), day, meetingId);
        if (!spokespersons.isEmpty() && spokespersons.stream().noneMatch((s) -> s.id().equals(speaker.id()))) {
            warnings.add(new Warning(
                    "intervention.warning.notSpokesperson",
                    List.of(
                            speaker.name(),
                            group.name(),
                            DAY.format(day),
                            String.join(
                                    ", ",
                                    spokespersons.stream().map(ActorRef::name).toList()))));
        }
        return warnings;
    }

    long versionOf(ProcessRef process, Long id) {
        return this.jdbc
                .sql("select version from intervention where id = :id and process_id = :process")
                .param("id", id)
                .param("process", process.id())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("intervention.notFound", id));
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    /** A draft with its names, meeting, note, paragraph and issue looked up and checked. */
    private record Resolved(
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
            InterventionDraft draft,
            List<Warning> warnings) {

        java.util.Map<String, Object> params() {
            java.util.Map<String, Object> p = new java.util.HashMap<>();
            p.put("day", this.day);
            p.put("meeting", this.meetingId);
            p.put("actor", this.actorId);
            p.put("group", this.groupId);
            p.put("kind", this.kind.name());
            p.put("revision", this.revisionId);
            p.put("node", this.nodeId);
            p.put("lineage", this.lineageId);
            p.put("part", this.textPart);
            p.put("issue", this.issueId);
            p.put("summary", this.draft.summary());
            p.put("quote", this.draft.quote());
            p.put("note", this.draft.noteId());
            p.put("source", this.draft.source());
            return p;
        }
    }

    private Resolved resolve(ProcessRef process, InterventionDraft draft, NoteReader.Viewer recorder) {
        draft.check();
        LocalDate day = draft.spokenOn();
        if (draft.meetingId() != null) {
            MeetingRef meeting = this.processes.meetingsOf(process.id()).stream()
                    .filter((m) -> m.id().equals(draft.meetingId()))
                    .findFirst()
                    .orElseThrow(() -> new InterventionRuleException("meetingId", "intervention.meeting.notOfProcess"));
            if (day == null) {
                day = meeting.day();
            } else if (!day.equals(meeting.day())) {
                throw new InterventionRuleException(
                        "spokenOn", "intervention.spokenOn.notMeetingDay", DAY.format(meeting.day()));
            }
        }
        if (draft.noteId() != null) {
            NoteView note = this.notes
                    .note(draft.noteId(), recorder)
                    .filter((n) -> n.note().processId().equals(process.id()))
                    .orElseThrow(() -> new InterventionRuleException("noteId", "intervention.note.notFound"));
            if (note.note().draft()) {
                throw new InterventionRuleException("noteId", "intervention.note.draft");
            }
        }
        Resolution speaker = this.names.resolve(draft.speaker(), day);
        if (!speaker.isResolved()) {
            throw new InterventionRuleException(
                    "speaker",
                    (speaker.status() == Resolution.Status.AMBIGUOUS)
                            ? "intervention.name.ambiguous"
                            : "intervention.name.unresolved",
                    draft.speaker());
        }
        ActorRef group = null;
        if (draft.onBehalfOf() != null) {
            Resolution g = this.names.resolve(draft.onBehalfOf(), day);
            if (!g.isResolved() || g.actor().kind() != ActorKind.GROUP) {
                throw new InterventionRuleException(
                        "onBehalfOf", "intervention.onBehalfOf.notAGroup", draft.onBehalfOf());
            }
            group = g.actor();
            if (group.id().equals(speaker.actor().id())) {
                throw new InterventionRuleException("onBehalfOf", "intervention.onBehalfOf.itself");
            }
            if (speaker.actor().kind() == ActorKind.GROUP) {
                throw new InterventionRuleException("speaker", "intervention.speaker.groupForGroup");
            }
        }
        Long revisionId = null;
        Long lineageId = null;
        String textPart = draft.textPart();
        if (draft.nodeId() != null) {
            DraftViews.NodeEdit node;
            try {
                node = this.drafts.node(process.slug(), draft.nodeId());
            } catch (NotFoundException ex) {
                throw new InterventionRuleException("nodeId", "intervention.node.notFound");
            }
            revisionId = node.revision().id();
            lineageId = node.node().lineageId();
            textPart = null;
        }
        if (draft.issueId() != null
                && this.issues.issuesOf(process.id()).stream().noneMatch((i) -> i.id().equals(draft.issueId()))) {
            throw new InterventionRuleException("issueId", "intervention.issue.notOfProcess");
        }
        List<Warning> warnings = warnings(speaker.actor(), group, day, draft.meetingId());
        return new Resolved(
                day,
                draft.meetingId(),
                speaker.actor().id(),
                (group != null) ? group.id() : null,
                draft.kind(),
                revisionId,
                draft.nodeId(),
                lineageId,
                textPart,
                draft.issueId(),
                draft,
                warnings);
    }
}
