package org.plenary.amendments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.NameResolver;
import org.plenary.actors.Resolution;
import org.plenary.amendments.outcome.AmendmentOutcomes;
import org.plenary.amendments.outcome.ProposedChange;
import org.plenary.amendments.outcome.TargetNotFoundException;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteSummary;
import org.plenary.positions.IssueCatalog;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.web.NotFoundException;
import org.plenary.web.StaleEditException;

/**
 * Records proposals and the actors for and against them. A proposal identical to one already made against the same
 * paragraph (same kind, occurrence and words, case and punctuation ignored) is that proposal: its proposer joins it as
 * another proponent. Edits are version-checked; every write is audited by the database.
 */
@Service
@Transactional
public class AmendmentRecorder {

    private final JdbcClient jdbc;

    private final DraftReading drafts;

    private final NameResolver names;

    private final ProcessCatalog processes;

    private final ApplicationEventPublisher events;

    private final ActorDirectory actors;

    private final IssueCatalog issues;

    private final Clock clock;

    private final NoteReader notes;

    AmendmentRecorder(
            JdbcClient jdbc,
            DraftReading drafts,
            NameResolver names,
            ProcessCatalog processes,
            ApplicationEventPublisher events,
            ActorDirectory actors,
            IssueCatalog issues,
            NoteReader notes,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.notes = notes;
        this.drafts = drafts;
        this.names = names;
        this.processes = processes;
        this.events = events;
        this.actors = actors;
        this.issues = issues;
    }

    /**
     * A statement recorded although something in it looks wrong: the state that spoke "on behalf of" a group was
     * neither a member nor a spokesperson of the group on that date (perhaps the wrong name or group, perhaps the
     * group's members or spokespersons are not up to date). A warning, not a refusal: notes report what was said.
     * @param speaker the state's name
     * @param group the group's name
     * @param on the date of the statement
     */
    public record SpeakerWarning(String speaker, String group, java.time.LocalDate on) {}

    /**
     * A recorded proposal.
     * @param id the proposal's id
     * @param warning what looks wrong in its proponent's statement, if anything
     */
    public record Recorded(Long id, Optional<SpeakerWarning> warning) {}

    /**
     * Records a proposal with its first (or another) proponent.
     * @return the proposal's id (an existing one when an identical proposal was made before)
     * @throws AmendmentRuleException if the words are not in the paragraph, a name is unknown, evidence is missing
     */
    public Long propose(String processSlug, ProposalDraft proposal, StatementDraft proponent, String user) {
        return record(processSlug, proposal, proponent, user).id();
    }

    /**
     * Records a proposal with its first (or another) proponent, and says what looks wrong in the statement.
     * @throws AmendmentRuleException if the words are not in the paragraph, a name is unknown, evidence is missing
     */
    public Recorded record(String processSlug, ProposalDraft proposal, StatementDraft proponent, String user) {
        return record(processSlug, proposal, proponent, new NoteReader.Viewer(user, true, false));
    }

    /**
     * Records a proposal with its first (or another) proponent, and says what looks wrong in the statement.
     * @param by who records it, and what they may read (a note cited as evidence must be readable to them)
     * @throws AmendmentRuleException if the words are not in the paragraph, a name is unknown, evidence is missing, the
     * note is not one of the process's notes they may read
     */
    public Recorded record(String processSlug, ProposalDraft proposal, StatementDraft proponent, NoteReader.Viewer by) {
        String user = by.username();
        DraftViews.NodeEdit node = this.drafts.node(processSlug, proposal.nodeId());
        ProposedChange change = checked(proposal, node.node().text());
        checkIssue(node.process().id(), proposal.issueId());
        Stand stand = stand(node.process().id(), proponent, by);
        Long id = this.jdbc
                .sql("""
				insert into amendment (process_id, revision_id, node_id, lineage_id, kind, target, occurrence, words,
				                       identity_key, rationale, recorded_by, issue_id)
				values (:process, :revision, :node, :lineage, :kind, :target, :occurrence, :words, :key, :rationale, :user,
				        :issue)
				on conflict (node_id, identity_key) do nothing
				returning id
				""")
                .param("process", node.process().id())
                .param("revision", node.revision().id())
                .param("node", node.node().id())
                .param("lineage", node.node().lineageId())
                .param("kind", proposal.kind().name())
                .param("target", proposal.target())
                .param("occurrence", proposal.occurrence())
                .param("words", proposal.words())
                .param("key", change.identityKey())
                .param("rationale", proposal.rationale())
                .param("user", user)
                .param("issue", proposal.issueId())
                .query(Long.class)
                .optional()
                .orElseGet(() -> joined(node.node().id(), change.identityKey(), proposal.issueId()));
        insertStand(id, ActorRole.PROPONENT, stand);
        this.events.publishEvent(
                new ProposalsChanged(node.process().id(), node.revision().id()));
        return new Recorded(id, stand.warning());
    }

    /**
     * The identical proposal made before, which another proponent joins: it gets the issue this proponent names when it
     * had none (an issue it has is kept).
     */
    private Long joined(Long nodeId, String identityKey, Long issueId) {
        Long id = this.jdbc
                .sql("select id from amendment where node_id = :node and identity_key = :key")
                .param("node", nodeId)
                .param("key", identityKey)
                .query(Long.class)
                .single();
        if (issueId != null) {
            this.jdbc.sql("""
					update amendment set issue_id = :issue, version = version + 1
					where id = :id and issue_id is null
					""").param("issue", issueId).param("id", id).update();
        }
        return id;
    }

    /** An issue named must be one of the proposal's process (archived or not). */
    private void checkIssue(Long processId, Long issueId) {
        if (issueId != null
                && this.issues.issuesOf(processId).stream()
                        .noneMatch((issue) -> issue.id().equals(issueId))) {
            throw new AmendmentRuleException("issueId", "amendment.issue.notOfProcess");
        }
    }

    /**
     * Changes what a proposal asks (not its paragraph), if nobody changed it since the form was opened.
     * @throws StaleEditException if the version is not the saved one
     * @throws AmendmentRuleException if the words are not in the paragraph or an identical proposal exists
     */
    public void revise(String processSlug, Long id, long version, ProposalDraft proposal) {
        AmendmentReading.Head head = head(processSlug, id);
        StaleEditException.check(version, head.version());
        DraftViews.NodeEdit node = this.drafts.node(processSlug, head.nodeId());
        ProposedChange change = checked(proposal, node.node().text());
        checkIssue(node.process().id(), proposal.issueId());
        boolean taken = this.jdbc
                .sql(
                        "select exists (select 1 from amendment where node_id = :node and identity_key = :key and id <> :id)")
                .param("node", head.nodeId())
                .param("key", change.identityKey())
                .param("id", id)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new AmendmentRuleException("words", "amendment.duplicate");
        }
        int updated = this.jdbc
                .sql("""
				update amendment set kind = :kind, target = :target, occurrence = :occurrence, words = :words,
				       identity_key = :key, rationale = :rationale, issue_id = :issue, version = version + 1
				where id = :id and version = :version
				""")
                .param("kind", proposal.kind().name())
                .param("target", proposal.target())
                .param("occurrence", proposal.occurrence())
                .param("words", proposal.words())
                .param("key", change.identityKey())
                .param("rationale", proposal.rationale())
                .param("issue", proposal.issueId())
                .param("id", id)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new StaleEditException(version, head(processSlug, id).version());
        }
        this.events.publishEvent(
                new ProposalsChanged(node.process().id(), node.revision().id()));
    }

    /**
     * Adds a proponent, supporter or opponent.
     * @return what looks wrong in the statement, if anything
     */
    public Optional<SpeakerWarning> addStand(
            String processSlug, Long id, StatementDraft statement, NoteReader.Viewer by) {
        AmendmentReading.Head head = head(processSlug, id);
        Stand stand = stand(head.processId(), statement, by);
        insertStand(id, statement.role(), stand);
        return stand.warning();
    }

    /** Removes an actor's stand, if nobody changed it since the page was shown. */
    public void removeStand(String processSlug, Long id, Long standId, long version) {
        head(processSlug, id);
        int removed = this.jdbc
                .sql("delete from amendment_actor where id = :stand and amendment_id = :id and version = :version")
                .param("stand", standId)
                .param("id", id)
                .param("version", version)
                .update();
        if (removed == 0) {
            throw new StaleEditException(version, -1);
        }
    }

    private AmendmentReading.Head head(String processSlug, Long id) {
        Long processId = this.drafts.process(processSlug).id();
        return AmendmentReading.head(this.jdbc, id)
                .filter((head) -> head.processId().equals(processId))
                .orElseThrow(() -> new NotFoundException("amendment.notFound", id));
    }

    private static ProposedChange checked(ProposalDraft proposal, String paragraph) {
        if (proposal.kind() == null) {
            throw new AmendmentRuleException("kind", "amendment.kind.required");
        }
        ProposedChange change = proposal.change();
        try {
            AmendmentOutcomes.check(change, paragraph);
        } catch (TargetNotFoundException ex) {
            if (ex.inWords()) {
                throw new AmendmentRuleException("words", "amendment.words.required");
            }
            if (change.target().isBlank()) {
                throw new AmendmentRuleException("target", "amendment.target.required");
            }
            throw new AmendmentRuleException("target", "amendment.target.notInParagraph", change.target());
        }
        if (change.changesNothing()) {
            throw new AmendmentRuleException("words", "amendment.words.same");
        }
        return change;
    }

    /**
     * Who stands, resolved: the actor (a group when spoken for), the state that spoke for it, the evidence, and what
     * looks wrong.
     */
    private record Stand(Long actorId, Long spokenById, StatementDraft statement, Optional<SpeakerWarning> warning) {}

    private Stand stand(Long processId, StatementDraft written, NoteReader.Viewer by) {
        StatementDraft statement = fromNote(processId, written, by);
        if (statement.role() == null) {
            throw new AmendmentRuleException("role", "amendment.role.required");
        }
        if (statement.statedOn() == null) {
            throw new AmendmentRuleException("statedOn", "amendment.statedOn.required");
        }
        if (statement.statedOn().isAfter(LocalDate.now(this.clock))) {
            throw new AmendmentRuleException("statedOn", "amendment.statedOn.future");
        }
        if (statement.speaker() == null) {
            throw new AmendmentRuleException("speaker", "amendment.speaker.required");
        }
        if (!statement.hasEvidence()) {
            throw new AmendmentRuleException("source", "amendment.evidence.required");
        }
        if (statement.meetingId() != null) {
            Optional<MeetingRef> meeting = this.processes.meeting(statement.meetingId());
            if (meeting.isEmpty()
                    || this.processes.meetingsOf(processId).stream()
                            .noneMatch((m) -> m.id().equals(statement.meetingId()))) {
                throw new AmendmentRuleException("meetingId", "amendment.meeting.notOfProcess");
            }
        }
        Resolution speaker = this.names.resolve(statement.speaker(), statement.statedOn());
        if (!speaker.isResolved()) {
            throw new AmendmentRuleException("speaker", "amendment.name.unresolved", statement.speaker());
        }
        if (statement.onBehalfOf() == null) {
            return new Stand(speaker.actor().id(), null, statement, Optional.empty());
        }
        Resolution group = this.names.resolve(statement.onBehalfOf(), statement.statedOn());
        if (!group.isResolved() || group.actor().kind() != ActorKind.GROUP) {
            throw new AmendmentRuleException("onBehalfOf", "amendment.onBehalfOf.notAGroup", statement.onBehalfOf());
        }
        boolean entitled = this.actors.speaksFor(
                speaker.actor().id(), group.actor().id(), statement.statedOn(), statement.meetingId());
        return new Stand(
                group.actor().id(),
                speaker.actor().id(),
                statement,
                entitled
                        ? Optional.empty()
                        : Optional.of(new SpeakerWarning(
                                speaker.actor().name(), group.actor().name(), statement.statedOn())));
    }

    /**
     * A statement citing a note, completed from it as positions confirmed from a note's line-up are: its meeting, its
     * date when none is given, and a written source naming the note ("Daily note, 2018-03-14: ... (note 7)"); a note
     * of a Chatham House meeting gives no written source, and the quote names the note instead, so that who spoke
     * there is not shown to the public.
     * @throws AmendmentRuleException if the note is not one of the process's notes the recorder may read, is a draft,
     * or is about another meeting than the one given
     */
    private StatementDraft fromNote(Long processId, StatementDraft statement, NoteReader.Viewer by) {
        if (statement.noteId() == null) {
            return statement;
        }
        NoteSummary note = this.notes
                .note(statement.noteId(), by)
                .map((view) -> view.note())
                .filter((n) -> n.processId().equals(processId))
                .orElseThrow(() -> new AmendmentRuleException("noteId", "amendment.note.notFound"));
        if (note.draft()) {
            throw new AmendmentRuleException("noteId", "amendment.note.draft");
        }
        Long meetingId = statement.meetingId();
        if (note.meetingId() != null) {
            if (meetingId != null && !meetingId.equals(note.meetingId())) {
                throw new AmendmentRuleException("meetingId", "amendment.note.otherMeeting", note.meetingTitle());
            }
            meetingId = note.meetingId();
        }
        String source = statement.source();
        String quote = statement.quote();
        if (note.chathamHouse()) {
            quote = withNote(quote, note.id());
        } else if (source == null) {
            source = sourceOf(note);
        }
        return new StatementDraft(
                statement.speaker(),
                statement.onBehalfOf(),
                statement.role(),
                (statement.statedOn() != null) ? statement.statedOn() : note.date(),
                meetingId,
                source,
                quote,
                note.id());
    }

    /** The written source that names a note, as the line-ups of notes write it for positions. */
    public static String sourceOf(NoteSummary note) {
        String source = "Daily note, " + note.date() + ": " + note.title() + " (note " + note.id() + ")";
        return (source.length() <= 300) ? source : source.substring(0, 299) + "\u2026";
    }

    /** The quote of a statement from a Chatham House note: the words heard, and the note they come from. */
    private static String withNote(String quote, Long noteId) {
        String note = "(note " + noteId + ")";
        if (quote == null) {
            return note;
        }
        return quote.endsWith(note) ? quote : quote + " " + note;
    }

    private void insertStand(Long amendmentId, ActorRole role, Stand stand) {
        int inserted = this.jdbc
                .sql("""
				insert into amendment_actor (amendment_id, actor_id, role, spoken_by_id, stated_on, meeting_id, source, quote,
				                             note_id)
				values (:amendment, :actor, :role, :spokenBy, :statedOn, :meeting, :source, :quote, :note)
				on conflict (amendment_id, actor_id) do nothing
				""")
                .param("amendment", amendmentId)
                .param("actor", stand.actorId())
                .param("role", role.name())
                .param("spokenBy", stand.spokenById())
                .param("statedOn", stand.statement().statedOn())
                .param("meeting", stand.statement().meetingId())
                .param("source", stand.statement().source())
                .param("quote", stand.statement().quote())
                .param("note", stand.statement().noteId())
                .update();
        if (inserted == 0) {
            throw new AmendmentRuleException("speaker", "amendment.actor.already");
        }
    }
}
