package org.plenary.amendments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.amendments.outcome.Outcome;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.amendments.outcome.Reason;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteReader;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.BadRequestException;
import org.plenary.web.NotFoundException;

/**
 * The amendment pages' reads: a process's proposals (filtered, paged), one proposal, the proposals of a paragraph and
 * the counts per paragraph of a revision. Each is a fixed number of queries whatever the data size.
 */
@Service
@Transactional(readOnly = true)
public class AmendmentReading {

    static final int PAGE_SIZE = 25;

    private static final String SELECT = """
			select a.id, a.revision_id, a.node_id, a.kind, a.target, a.occurrence, a.words, a.rationale, a.version,
			       o.outcome, o.share, o.matched, o.found, o.reason, o.next_revision_id, o.successor_node_id,
			       o.override_outcome, o.override_reason, o.overridden_by, o.version as outcome_version,
			       a.issue_id, i.slug as issue_slug, i.title as issue_title
			from amendment a left join amendment_outcome o on o.amendment_id = a.id
			     left join issue i on i.id = a.issue_id
			""";

    /**
     * The pages' rule for anonymous readers in SQL (parameter {@code signedIn}, alias {@code a} for the proposal): a
     * proposal heard in public, with a stand not resting on a Chatham House meeting alone. The counts on the reader and
     * the compare page's marks join the meetings here rather than asking the process module, so that they stay one
     * statement.
     */
    private static final String HEARD_IN_PUBLIC = """
			(:signedIn or exists (select 1 from amendment_actor x left join meeting m on m.id = x.meeting_id
			                      where x.amendment_id = a.id
			                        and (m.id is null or not m.chatham_house
			                             or (coalesce(btrim(x.source), '') <> '' and x.note_id is null))))
			""";

    private final JdbcClient jdbc;

    private final DraftReading drafts;

    private final ActorDirectory actors;

    private final ProcessCatalog processes;

    private final IssueCatalog issues;

    AmendmentReading(
            JdbcClient jdbc,
            DraftReading drafts,
            ActorDirectory actors,
            ProcessCatalog processes,
            IssueCatalog issues) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.actors = actors;
        this.processes = processes;
        this.issues = issues;
    }

    /** What an edit needs to know of a proposal. */
    record Head(Long id, Long processId, Long revisionId, Long nodeId, long version) {}

    static Optional<Head> head(JdbcClient jdbc, Long id) {
        return jdbc.sql("select id, process_id, revision_id, node_id, version from amendment where id = :id")
                .param("id", id)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .optional();
    }

    /**
     * A process's proposals matching the filters, one page of them. An unknown actor, kind or outcome matches
     * nothing (the form offers only known ones).
     * @throws BadRequestException for an issue the process does not have
     */
    public AmendmentViews.ProposalList list(
            String processSlug, AmendmentViews.Filters filters, int page, Authentication viewer) {
        ProcessRef process = this.drafts.process(processSlug);
        boolean everything = !isAnonymous(viewer);
        List<RevisionRow> series =
                (everything ? Readership.SIGNED_IN : Readership.PUBLIC).visible(this.drafts.series(process));
        List<IssueView> issues = this.issues.issuesOf(process.id());
        IssueView issue = blank(filters.issue())
                ? null
                : IssueCatalog.find(issues, filters.issue().strip()).orElseThrow(() -> unknownIssue(filters));
        Long revisionId = blank(filters.revision())
                ? null
                : DraftReading.find(series, filters.revision()).id();
        Long actorId = blank(filters.actor())
                ? null
                : this.actors.find(filters.actor().strip()).map(ActorRef::id).orElse(-1L);
        String kind = null;
        if (!blank(filters.kind())) {
            kind = kindName(filters.kind()).orElse("?");
        }
        String outcome = blank(filters.outcome()) ? null : filters.outcome().strip();
        String outcomeName = (outcome == null || outcome.equals("pending"))
                ? null
                : outcomeName(outcome).orElse("?");
        int wanted = Math.max(1, page);
        List<MeetingRef> meetings = this.processes.meetingsOf(process.id());
        Long[] secret = everything ? null : secretOf(meetings);
        Long[] visible =
                everything ? null : series.stream().map(RevisionRow::id).toArray(Long[]::new);
        Selection selection = new Selection(
                process.id(),
                revisionId,
                actorId,
                false,
                kind,
                outcome,
                outcomeName,
                (issue != null) ? issue.slug() : null,
                visible,
                secret,
                !everything);
        long[] total = {0};
        List<Raw> raws = select(selection, PAGE_SIZE, (wanted - 1) * PAGE_SIZE, total);
        List<AmendmentViews.Proposal> proposals = assemble(process, series, meetings, raws, viewer);
        // The actors of the filter: for an anonymous reader, those it may see stand on a proposal it may see.
        List<ActorRef> standing = this.jdbc
                .sql("""
				select distinct x.actor_id from amendment_actor x join amendment a on a.id = x.amendment_id
				where a.process_id = :process
				  and (cast(:revisions as bigint[]) is null or a.revision_id = any(:revisions))
				  and (cast(:secret as bigint[]) is null or x.meeting_id is null or x.meeting_id <> all(:secret)
				       or (coalesce(btrim(x.source), '') <> '' and x.note_id is null))
				""")
                .param("process", process.id())
                .param("revisions", visible)
                .param("secret", secret)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.collectingAndThen(Collectors.toSet(), this::actorsOf));
        int pages = (int) Math.max(1, (total[0] + PAGE_SIZE - 1) / PAGE_SIZE);
        List<IssueView> choices =
                issues.stream().filter((i) -> !i.archived() || i.equals(issue)).toList();
        return new AmendmentViews.ProposalList(
                process, series, standing, choices, filters, proposals, wanted, pages, total[0]);
    }

    private static BadRequestException unknownIssue(AmendmentViews.Filters filters) {
        return new BadRequestException(
                "amendment.issue.unknown", filters.issue().strip());
    }

    /**
     * One page of a process's proposals for the API, filtered by the actor who proposed them (a group's own code for
     * a group), the revision they were made against, their outcome, kind and issue. An anonymous caller gets public
     * data only: proposals against published revisions, and no stand whose only evidence is a Chatham House meeting
     * (so neither is an actor filter answered from such a stand). Seven queries whatever the page size; the issue
     * filter is matched by its slug in the same query, and the issue looked up (one more) only when nothing matched,
     * to tell an unknown issue from one without proposals.
     * @param page 0 for the first page
     * @param size proposals per page
     * @throws org.plenary.web.BadRequestException for an unknown kind, outcome or issue
     * @throws NotFoundException for an unknown actor or revision (or a draft revision asked anonymously)
     */
    public AmendmentViews.ProposalPage page(
            String processSlug, AmendmentViews.Filters filters, int page, int size, Authentication viewer) {
        ProcessRef process = this.drafts.process(processSlug);
        boolean everything = !isAnonymous(viewer);
        List<RevisionRow> series =
                (everything ? Readership.SIGNED_IN : Readership.PUBLIC).visible(this.drafts.series(process));
        Long revisionId = null;
        if (!blank(filters.revision())) {
            revisionId = DraftReading.find(series, filters.revision()).id();
        }
        Long actorId = null;
        if (!blank(filters.actor())) {
            actorId = this.actors
                    .find(filters.actor().strip())
                    .map(ActorRef::id)
                    .orElseThrow(() -> new NotFoundException(
                            "actor.notFound", filters.actor().strip()));
        }
        String kind = blank(filters.kind())
                ? null
                : kindName(filters.kind())
                        .orElseThrow(() -> new BadRequestException(
                                "amendment.api.kind", filters.kind().strip()));
        String outcome = blank(filters.outcome()) ? null : filters.outcome().strip();
        String outcomeName = null;
        if (outcome != null && !outcome.equals("pending")) {
            outcomeName =
                    outcomeName(outcome).orElseThrow(() -> new BadRequestException("amendment.api.outcome", outcome));
        }
        List<MeetingRef> meetings = this.processes.meetingsOf(process.id());
        Long[] secret = everything ? null : secretOf(meetings);
        Long[] visible =
                everything ? null : series.stream().map(RevisionRow::id).toArray(Long[]::new);
        Selection selection = new Selection(
                process.id(),
                revisionId,
                actorId,
                true,
                kind,
                outcome,
                outcomeName,
                blank(filters.issue()) ? null : filters.issue().strip(),
                visible,
                secret,
                false);
        long[] total = {0};
        List<Raw> raws = select(selection, size, (long) page * size, total);
        if (raws.isEmpty()
                && selection.issue() != null
                && IssueCatalog.find(this.issues.issuesOf(process.id()), selection.issue())
                        .isEmpty()) {
            throw unknownIssue(filters);
        }
        return new AmendmentViews.ProposalPage(
                process, assemble(process, series, meetings, raws, viewer), page, size, total[0]);
    }

    /**
     * Every proposal an actor made as a proponent (itself, or a group through its spokesperson) against one revision,
     * in paragraph order. An anonymous caller gets none through a stand whose only evidence is a Chatham House meeting.
     * Five queries whatever their number.
     */
    public List<AmendmentViews.Proposal> proposedBy(
            ProcessRef process, List<RevisionRow> series, RevisionRow revision, ActorRef actor, Authentication viewer) {
        boolean everything = !isAnonymous(viewer);
        List<MeetingRef> meetings = this.processes.meetingsOf(process.id());
        Long[] secret = everything ? null : secretOf(meetings);
        Selection selection = new Selection(
                process.id(), revision.id(), actor.id(), true, null, null, null, null, null, secret, false);
        List<Raw> raws = select(selection, Integer.MAX_VALUE, 0, new long[1]);
        return assemble(process, series, meetings, raws, viewer);
    }

    /** The revisions of a process an actor proposed changes to as a proponent (one query). */
    public Set<Long> revisionsProposedBy(ProcessRef process, ActorRef actor) {
        return this.jdbc
                .sql("""
				select distinct a.revision_id from amendment a join amendment_actor x on x.amendment_id = a.id
				where a.process_id = :process and x.actor_id = :actor and x.role = 'PROPONENT'
				""")
                .param("process", process.id())
                .param("actor", actor.id())
                .query(Long.class)
                .set();
    }

    /**
     * What a list selects.
     * @param proposedBy whether the actor must be a proponent (else any stand)
     * @param issue the slug of the issue the proposals bear on (any case), {@code null} for all
     * @param revisions the revisions the reader may see, {@code null} for all
     * @param secretMeetings the Chatham House meetings of the process, {@code null} when the reader may see who spoke
     * there
     * @param heardInPublic whether only proposals with a stand outside the secret meetings count (the pages' rule for
     * anonymous readers: a proposal heard only at a Chatham House meeting is not shown to them at all)
     */
    private record Selection(
            Long processId,
            Long revisionId,
            Long actorId,
            boolean proposedBy,
            String kind,
            String outcome,
            String outcomeName,
            String issue,
            Long[] revisions,
            Long[] secretMeetings,
            boolean heardInPublic) {}

    /** One page of the selection, {@code total[0]} set to the number of matches (one query). */
    private List<Raw> select(Selection selection, int limit, long offset, long[] total) {
        return this.jdbc
                .sql(SELECT.replace("select a.id,", "select count(*) over () as total, a.id,")
                                .replace(
                                        "on o.amendment_id = a.id",
                                        "on o.amendment_id = a.id and (cast(:revisions as bigint[]) is null"
                                                + " or o.next_revision_id = any(:revisions))")
                        + """
				where a.process_id = :process
				  and (cast(:revision as bigint) is null or a.revision_id = :revision)
				  and (cast(:revisions as bigint[]) is null or a.revision_id = any(:revisions))
				  and (cast(:actor as bigint) is null
				       or exists (select 1 from amendment_actor x where x.amendment_id = a.id and x.actor_id = :actor
				                  and (not :proposedBy or x.role = 'PROPONENT')
				                  and (cast(:secret as bigint[]) is null or x.meeting_id is null
				                       or x.meeting_id <> all(:secret)
				                       or (coalesce(btrim(x.source), '') <> '' and x.note_id is null))))
				  and (not :heardInPublic
				       or exists (select 1 from amendment_actor x where x.amendment_id = a.id
				                  and (x.meeting_id is null or x.meeting_id <> all(cast(:secret as bigint[]))
				                       or (coalesce(btrim(x.source), '') <> '' and x.note_id is null))))
				  and (cast(:kind as varchar) is null or a.kind = :kind)
				  and (cast(:outcome as varchar) is null
				       or (:outcome = 'pending' and o.amendment_id is null)
				       or coalesce(o.override_outcome, o.outcome) = :outcomeName)
				  and (cast(:issue as varchar) is null or lower(i.slug) = lower(:issue))
				order by a.revision_id, a.node_id, a.id
				limit :limit offset :offset
				""")
                .param("process", selection.processId())
                .param("revision", selection.revisionId())
                .param("revisions", selection.revisions())
                .param("actor", selection.actorId())
                .param("proposedBy", selection.proposedBy())
                .param("secret", selection.secretMeetings())
                .param("heardInPublic", selection.heardInPublic())
                .param("kind", selection.kind())
                .param("outcome", selection.outcome())
                .param("outcomeName", selection.outcomeName())
                .param("issue", selection.issue())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return raw(rs);
                })
                .list();
    }

    private static Optional<String> kindName(String apiName) {
        try {
            return Optional.of(ProposalKind.ofApiName(apiName).name());
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static Optional<String> outcomeName(String apiName) {
        return java.util.Arrays.stream(Outcome.values())
                .filter((o) -> o.apiName().equals(apiName.strip()))
                .map(Outcome::name)
                .findFirst();
    }

    /** One proposal. */
    public AmendmentViews.Proposal proposal(String processSlug, Long id, Authentication viewer) {
        ProcessRef process = this.drafts.process(processSlug);
        List<Raw> raws = this.jdbc
                .sql(SELECT + " where a.id = :id and a.process_id = :process")
                .param("id", id)
                .param("process", process.id())
                .query((rs, n) -> raw(rs))
                .list();
        // The reader's revisions: an outcome inferred from a draft the reader may not open is not shown either.
        List<AmendmentViews.Proposal> proposals = assemble(
                        process,
                        (isAnonymous(viewer) ? Readership.PUBLIC : Readership.SIGNED_IN)
                                .visible(this.drafts.series(process)),
                        this.processes.meetingsOf(process.id()),
                        raws,
                        viewer)
                .stream()
                .filter((p) -> mayRead(p, viewer))
                .toList();
        if (proposals.isEmpty()) {
            throw new NotFoundException("amendment.notFound", id);
        }
        return proposals.get(0);
    }

    /**
     * Whether the reader may see the proposal at all: a signed-in reader every one; an anonymous reader those against
     * a published revision that were heard in public (a stand left after the Chatham House ones are taken out, as
     * {@link #assemble} does for such a reader).
     */
    private static boolean mayRead(AmendmentViews.Proposal proposal, Authentication viewer) {
        return !isAnonymous(viewer)
                || (proposal.revision() != null
                        && proposal.revision().published()
                        && !proposal.stands().isEmpty());
    }

    private static Long[] secretOf(List<MeetingRef> meetings) {
        return meetings.stream()
                .filter(MeetingRef::chathamHouse)
                .map(MeetingRef::id)
                .toArray(Long[]::new);
    }

    /**
     * The proposals made against any paragraph of a lineage, in every revision (for an anonymous reader: those it may
     * read, see {@link #mayRead}).
     */
    public List<AmendmentViews.Proposal> ofLineage(ProcessRef process, Long lineageId, Authentication viewer) {
        List<Raw> raws = this.jdbc
                .sql(SELECT + " where a.process_id = :process and a.lineage_id = :lineage order by a.revision_id, a.id")
                .param("process", process.id())
                .param("lineage", lineageId)
                .query((rs, n) -> raw(rs))
                .list();
        return assemble(
                        process,
                        (isAnonymous(viewer) ? Readership.PUBLIC : Readership.SIGNED_IN)
                                .visible(this.drafts.series(process)),
                        this.processes.meetingsOf(process.id()),
                        raws,
                        viewer)
                .stream()
                .filter((p) -> mayRead(p, viewer))
                .toList();
    }

    /** The proposals against a revision by paragraph and identity ({@code "<node id>:<identity key>"}), one query. */
    public Map<String, Long> identitiesOf(Long revisionId) {
        Map<String, Long> ids = new HashMap<>();
        this.jdbc
                .sql("select id, node_id, identity_key from amendment where revision_id = :revision")
                .param("revision", revisionId)
                .query((rs, n) -> ids.put(rs.getLong(2) + ":" + rs.getString(3), rs.getLong(1)))
                .list();
        return ids;
    }

    /**
     * How many proposals each paragraph of a revision has, and how many of them were adopted (one query); for an
     * anonymous reader only those heard in public, and adopted only by a published next revision (an outcome inferred
     * from a draft tells what the draft says).
     */
    public Map<Long, AmendmentViews.ParagraphCount> countsOf(Long revisionId, Authentication viewer) {
        return this.jdbc
                .sql("""
				select a.node_id, count(*),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) in ('VERBATIM', 'PARTIAL'))
				from amendment a left join amendment_outcome o on o.amendment_id = a.id
				     and exists (select 1 from draft_revision r where r.id = o.next_revision_id and %s)
				where a.revision_id = :revision and %s
				group by a.node_id
				""".formatted(Readership.VISIBLE_REVISION, HEARD_IN_PUBLIC))
                .param("revision", revisionId)
                .param("signedIn", !isAnonymous(viewer))
                .query((rs, n) -> new AmendmentViews.ParagraphCount(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(AmendmentViews.ParagraphCount::nodeId, Function.identity()));
    }

    /**
     * What the compare page marks (one query): how many proposals each paragraph of the older revision has, and for
     * each paragraph of the newer revision the proposals it adopted (verbatim or in part), when the newer revision is
     * the one their outcomes were inferred from. An anonymous reader is shown only the proposals heard in public (the
     * ones it may open).
     */
    public AmendmentViews.CompareMarks marksOf(Long fromRevisionId, Long toRevisionId, Authentication viewer) {
        record Row(
                Long id,
                Long nodeId,
                ProposalKind kind,
                String target,
                String words,
                String outcome,
                double share,
                Long nextRevisionId,
                Long successorNodeId) {}
        List<Row> rows = this.jdbc
                .sql("""
				select a.id, a.node_id, a.kind, a.target, a.words, coalesce(o.override_outcome, o.outcome), o.share,
				       o.next_revision_id, o.successor_node_id
				from amendment a left join amendment_outcome o on o.amendment_id = a.id
				     and exists (select 1 from draft_revision r where r.id = o.next_revision_id and %s)
				where a.revision_id = :revision and %s
				order by a.node_id, a.id
				""".formatted(Readership.VISIBLE_REVISION, HEARD_IN_PUBLIC))
                .param("revision", fromRevisionId)
                .param("signedIn", !isAnonymous(viewer))
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        ProposalKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDouble(7),
                        rs.getObject(8, Long.class),
                        rs.getObject(9, Long.class)))
                .list();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, List<AmendmentViews.Adopted>> adopted = new HashMap<>();
        for (Row r : rows) {
            boolean taken = r.outcome() != null
                    && (r.outcome().equals(Outcome.VERBATIM.name())
                            || r.outcome().equals(Outcome.PARTIAL.name()));
            int[] count = counts.computeIfAbsent(r.nodeId(), (k) -> new int[2]);
            count[0]++;
            count[1] += taken ? 1 : 0;
            if (taken && toRevisionId.equals(r.nextRevisionId()) && r.successorNodeId() != null) {
                adopted.computeIfAbsent(r.successorNodeId(), (k) -> new ArrayList<>())
                        .add(new AmendmentViews.Adopted(
                                r.id(),
                                r.kind(),
                                r.target(),
                                r.words(),
                                Outcome.valueOf(r.outcome()).apiName(),
                                (int) Math.round(r.share() * 100)));
            }
        }
        Map<Long, AmendmentViews.ParagraphCount> byNode = new HashMap<>();
        counts.forEach((node, c) -> byNode.put(node, new AmendmentViews.ParagraphCount(node, c[0], c[1])));
        return new AmendmentViews.CompareMarks(byNode, adopted);
    }

    /** A proposal row before its paragraph, actors and revision are attached. */
    private record Raw(
            Long id,
            Long revisionId,
            Long nodeId,
            ProposalKind kind,
            String target,
            int occurrence,
            String words,
            String rationale,
            long version,
            String outcome,
            double share,
            String matched,
            String found,
            String reason,
            Long nextRevisionId,
            Long successorNodeId,
            String override,
            String overrideReason,
            String overriddenBy,
            long outcomeVersion,
            AmendmentViews.IssueRef issue) {}

    private static Raw raw(ResultSet rs) throws SQLException {
        return new Raw(
                rs.getLong("id"),
                rs.getLong("revision_id"),
                rs.getLong("node_id"),
                ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("target"),
                rs.getInt("occurrence"),
                rs.getString("words"),
                rs.getString("rationale"),
                rs.getLong("version"),
                rs.getString("outcome"),
                rs.getDouble("share"),
                rs.getString("matched"),
                rs.getString("found"),
                rs.getString("reason"),
                rs.getObject("next_revision_id", Long.class),
                rs.getObject("successor_node_id", Long.class),
                rs.getString("override_outcome"),
                rs.getString("override_reason"),
                rs.getString("overridden_by"),
                rs.getLong("outcome_version"),
                (rs.getObject("issue_id") != null)
                        ? new AmendmentViews.IssueRef(
                                rs.getLong("issue_id"), rs.getString("issue_slug"), rs.getString("issue_title"))
                        : null);
    }

    /** Attaches paragraphs, revisions, actors and meetings: four queries whatever the number of proposals. */
    private List<AmendmentViews.Proposal> assemble(
            ProcessRef process,
            List<RevisionRow> series,
            List<MeetingRef> meetings,
            List<Raw> raws,
            Authentication viewer) {
        if (raws.isEmpty()) {
            return List.of();
        }
        Map<Long, RevisionRow> revisions = series.stream().collect(Collectors.toMap(RevisionRow::id, (r) -> r));
        Set<Long> revisionIds = new HashSet<>();
        raws.forEach((r) -> revisionIds.add(r.revisionId()));
        Map<Long, NodeRow> nodes = new HashMap<>();
        this.drafts.nodes(revisionIds).forEach((node) -> nodes.put(node.id(), node));
        Map<Long, List<AmendmentViews.Stand>> stands =
                stands(meetings, raws.stream().map(Raw::id).toList(), viewer);
        List<AmendmentViews.Proposal> proposals = new ArrayList<>();
        for (Raw r : raws) {
            if (!revisions.containsKey(r.revisionId())) {
                continue; // against a revision the reader may not see
            }
            // An outcome inferred from a next revision the reader may not see would tell what that draft says.
            AmendmentViews.OutcomeView outcome = (r.outcome() == null || !revisions.containsKey(r.nextRevisionId()))
                    ? null
                    : new AmendmentViews.OutcomeView(
                            Outcome.valueOf(r.outcome()),
                            r.share(),
                            r.matched(),
                            r.found(),
                            Reason.valueOf(r.reason()),
                            revisions.get(r.nextRevisionId()),
                            r.successorNodeId(),
                            (r.override() != null) ? Outcome.valueOf(r.override()) : null,
                            r.overrideReason(),
                            r.overriddenBy(),
                            r.outcomeVersion());
            proposals.add(new AmendmentViews.Proposal(
                    r.id(),
                    revisions.get(r.revisionId()),
                    nodes.get(r.nodeId()),
                    r.kind(),
                    r.target(),
                    r.occurrence(),
                    r.words(),
                    r.rationale(),
                    r.issue(),
                    stands.getOrDefault(r.id(), List.of()),
                    outcome,
                    r.version()));
        }
        return proposals;
    }

    /**
     * The stands on some proposals, with the title of the note each cites when the reader may read it. For an anonymous
     * reader, a stand whose only evidence of who spoke is a Chatham House meeting is left out (what was said may be
     * used, not who said it), as positions do: a stand with no written source, or one citing a note of that meeting
     * (the note is never public, so neither is what it reports).
     */
    Map<Long, List<AmendmentViews.Stand>> stands(
            List<MeetingRef> ofProcess, Collection<Long> ids, Authentication viewer) {
        boolean confidentialToo = !isAnonymous(viewer);
        NoteReader.Viewer reader = NoteReader.Viewer.of(viewer);
        Map<Long, MeetingRef> meetings = ofProcess.stream().collect(Collectors.toMap(MeetingRef::id, (m) -> m));
        record Row(
                Long id,
                Long amendmentId,
                Long actorId,
                ActorRole role,
                Long spokenById,
                java.time.LocalDate statedOn,
                Long meetingId,
                String source,
                String quote,
                long version,
                Long noteId,
                String noteTitle) {}
        List<Row> rows = this.jdbc
                .sql("""
				select x.id, x.amendment_id, x.actor_id, x.role, x.spoken_by_id, x.stated_on, x.meeting_id, x.source,
				       x.quote, x.version, x.note_id, case when n.id is not null and """ + NoteReader.VISIBLE + """
				       then n.title end as note_title
				from amendment_actor x left join note n on n.id = x.note_id
				where x.amendment_id = any(:ids) order by x.stated_on, x.id
				""")
                .param("ids", ids.toArray(Long[]::new))
                .param("user", (reader.username() != null) ? reader.username() : "")
                .param("member", reader.member())
                .param("coordinator", reader.coordinator())
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        ActorRole.valueOf(rs.getString(4)),
                        rs.getObject(5, Long.class),
                        rs.getDate(6).toLocalDate(),
                        rs.getObject(7, Long.class),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getLong(10),
                        rs.getObject(11, Long.class),
                        rs.getString(12)))
                .list();
        Set<Long> actorIds = new HashSet<>();
        rows.forEach((r) -> {
            actorIds.add(r.actorId());
            if (r.spokenById() != null) {
                actorIds.add(r.spokenById());
            }
        });
        Map<Long, ActorRef> actorsById = actorsOf(actorIds).stream().collect(Collectors.toMap(ActorRef::id, (a) -> a));
        Map<Long, List<AmendmentViews.Stand>> result = new HashMap<>();
        for (Row r : rows) {
            MeetingRef meeting = (r.meetingId() != null) ? meetings.get(r.meetingId()) : null;
            boolean confidential =
                    meeting != null && meeting.chathamHouse() && (blank(r.source()) || r.noteId() != null);
            if (confidential && !confidentialToo) {
                continue;
            }
            result.computeIfAbsent(r.amendmentId(), (k) -> new ArrayList<>())
                    .add(new AmendmentViews.Stand(
                            r.id(),
                            r.role(),
                            actorsById.get(r.actorId()),
                            (r.spokenById() != null) ? actorsById.get(r.spokenById()) : null,
                            r.statedOn(),
                            meeting,
                            r.source(),
                            r.quote(),
                            confidential,
                            r.version(),
                            (r.noteTitle() != null) ? new AmendmentViews.NoteLink(r.noteId(), r.noteTitle()) : null));
        }
        return result;
    }

    private List<ActorRef> actorsOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return this.actors.findAll(ids).stream()
                .sorted(java.util.Comparator.comparing(ActorRef::name))
                .toList();
    }

    static boolean isAnonymous(Authentication viewer) {
        return viewer == null || viewer instanceof AnonymousAuthenticationToken || !viewer.isAuthenticated();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
