package org.plenary.interventions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.GroupRoster;
import org.plenary.actors.LeftOut;
import org.plenary.actors.MembershipRow;
import org.plenary.notes.NoteReader;
import org.plenary.positions.ActorStance;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.positions.LineupReader;
import org.plenary.positions.MatrixReader;
import org.plenary.positions.MatrixView;
import org.plenary.process.ProcessCatalog;

/**
 * Bloc consistency: a member whose own word on an issue differs from what its group holds on the same date. Two kinds
 * of evidence count: positions (the member's own stance, as of the page's date, is another option than the group's),
 * and interventions (on one day and one issue, the member spoke for what the group's statement spoke against, or the
 * other way round). Each flag carries both pieces of evidence. Positions come from the positions module's public
 * readers (one statement per group or per process); what is confidential stays out for anonymous readers.
 *
 * <p>A group formed from another on a date (the EU 27 from the European Union on 12 March 2018) also answers for the
 * members of the older group it left out that day: where Hungary's own stance differs from the EU 27's, "Hungary: not
 * in the EU 27 position since ...", on both pages, with both pieces of evidence and the day the group was formed.
 * The lineage comes with the memberships ({@link GroupRoster#rosterOf}) and the left-out actors' stances with the
 * group's, so the pages run the same statements with or without a lineage.
 */
@Service
@Transactional(readOnly = true)
public class BlocConsistency {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private static final Set<InterventionKind> FOR =
            Set.of(InterventionKind.SUPPORTS, InterventionKind.PROPOSES_LANGUAGE);

    private static final Set<InterventionKind> AGAINST =
            Set.of(InterventionKind.OPPOSES, InterventionKind.ASKS_DELETION, InterventionKind.RESERVES_POSITION);

    private final LineupReader lineups;

    private final MatrixReader matrices;

    private final IssueCatalog issues;

    private final GroupRoster roster;

    private final ProcessCatalog processes;

    private final JdbcClient jdbc;

    BlocConsistency(
            LineupReader lineups,
            MatrixReader matrices,
            IssueCatalog issues,
            GroupRoster roster,
            ProcessCatalog processes,
            JdbcClient jdbc) {
        this.lineups = lineups;
        this.matrices = matrices;
        this.issues = issues;
        this.roster = roster;
        this.processes = processes;
        this.jdbc = jdbc;
    }

    /**
     * A member out of line with its group on an issue.
     *
     * @param since the first day both held what differs (the later of the two dates)
     * @param memberSaid the member's evidence in words
     * @param groupSaid the group's evidence in words
     */
    public record Flag(
            ActorRef member,
            ActorRef group,
            String issueTitle,
            LocalDate since,
            String memberSaid,
            String groupSaid,
            Long memberIntervention,
            Long groupIntervention,
            String processSlug,
            ActorRef formedFrom,
            LocalDate formedOn) {

        /** A flag of a member of the group itself (not of one left out when the group was formed). */
        Flag(
                ActorRef member,
                ActorRef group,
                String issueTitle,
                LocalDate since,
                String memberSaid,
                String groupSaid,
                Long memberIntervention,
                Long groupIntervention,
                String processSlug) {
            this(
                    member,
                    group,
                    issueTitle,
                    since,
                    memberSaid,
                    groupSaid,
                    memberIntervention,
                    groupIntervention,
                    processSlug,
                    null,
                    null);
        }

        public String sinceText() {
            return DAY.format(this.since);
        }

        /** The day the group was formed without the member, for a flag of a member left out ("12 March 2018"). */
        public String formedOnText() {
            return (this.formedOn != null) ? DAY.format(this.formedOn) : null;
        }
    }

    /** The flags of a group's page (its members out of line) or a state's page (where it is out of its groups' line). */
    public List<Flag> flags(ActorRef actor, LocalDate asOf, NoteReader.Viewer viewer) {
        return flags(actor, asOf, viewer, viewer.member() ? List.of() : this.processes.chathamHouseMeetingIds());
    }

    /**
     * The flags, the meetings whose interventions this reader may not see named given ({@link
     * InterventionReading#hiddenFrom}).
     */
    public List<Flag> flags(ActorRef actor, LocalDate asOf, NoteReader.Viewer viewer, List<Long> hidden) {
        return flags(actor, asOf, viewer, hidden, Map.of());
    }

    /** The flags, with the slugs of the processes the page already knows (by process id). */
    public List<Flag> flags(
            ActorRef actor, LocalDate asOf, NoteReader.Viewer viewer, List<Long> hidden, Map<Long, String> known) {
        Map<Long, String> slugs = new HashMap<>(known);
        Map<Long, List<IssueView>> issuesOf = new HashMap<>();
        // What the position part reads (every issue's title, the memberships) serves the intervention part too, so the
        // page runs the same statements whatever its data (ActorPageStancesTests).
        Map<Long, String> issueTitles = new HashMap<>();
        List<MembershipRow> memberships;
        LocalDate date = (asOf != null) ? asOf : LocalDate.now();
        boolean confidential = viewer.member();
        List<Flag> flags = new ArrayList<>();
        if (actor.kind() == ActorKind.GROUP) {
            GroupRoster.Roster roster = this.roster.rosterOf(actor);
            memberships = roster.memberships();
            flags.addAll(groupPositions(actor, date, confidential, issuesOf, issueTitles, roster.leftOut()));
        } else if (actor.kind() == ActorKind.STATE) {
            GroupRoster.Roster roster = this.roster.rosterOf(actor);
            memberships = roster.memberships();
            flags.addAll(memberPositions(actor, date, confidential, memberships, roster.leftOut(), issueTitles));
        } else {
            return flags;
        }
        flags.addAll(interventions(actor, date, hidden, slugs, memberships, issueTitles));
        flags.sort(Comparator.comparing(Flag::since)
                .thenComparing((f) -> f.member().name()));
        return flags;
    }

    private List<Flag> groupPositions(
            ActorRef group,
            LocalDate date,
            boolean confidential,
            Map<Long, List<IssueView>> issuesOf,
            Map<Long, String> issueTitles,
            List<LeftOut> leftOut) {
        // The group's stances and those of the actors left out when it was formed, in one statement.
        List<Long> ids = new ArrayList<>();
        ids.add(group.id());
        leftOut.forEach((l) -> ids.add(l.actor().id()));
        Map<Long, List<ActorStance>> each = this.lineups.stancesOfEach(ids, date, null, confidential);
        List<ActorStance> stances = each.getOrDefault(group.id(), List.of());
        stances.forEach((st) -> issueTitles.put(st.issueId(), st.issueTitle()));
        Map<Long, ActorStance> held = own(stances);
        if (held.isEmpty()) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        for (LeftOut l : leftOut) {
            flags.addAll(leftOutFlags(l, own(each.getOrDefault(l.actor().id(), List.of())), held, date));
        }
        Set<Long> processIds =
                held.values().stream().map(ActorStance::processId).collect(Collectors.toSet());
        for (Long processId : processIds) {
            List<IssueView> issues = issuesOf.computeIfAbsent(processId, this.issues::issuesOf);
            MatrixView matrix = this.matrices.matrix(processId, issues, date, null, group.id(), true, confidential);
            for (MatrixView.Row row : matrix.rows()) {
                for (int i = 0; i < issues.size(); i++) {
                    ActorStance theirs = held.get(issues.get(i).id());
                    MatrixView.Cell cell = row.cells().get(i);
                    if (theirs == null || cell == null || cell.viaName() != null) {
                        continue;
                    }
                    if (!cell.option().id().equals(theirs.optionId())) {
                        ActorRef member = new ActorRef(
                                row.actorId(), row.code(), row.name(), row.kind(), row.regionalGroup(), null);
                        flags.add(new Flag(
                                member,
                                group,
                                issues.get(i).title(),
                                later(cell.validFrom(), theirs.validFrom()),
                                said(
                                        cell.option().label(),
                                        cell.validFrom(),
                                        cell.meetingTitle(),
                                        cell.source(),
                                        cell.quote()),
                                said(theirs),
                                null,
                                null,
                                null));
                    }
                }
            }
        }
        return flags;
    }

    private List<Flag> memberPositions(
            ActorRef member,
            LocalDate date,
            boolean confidential,
            List<MembershipRow> memberships,
            List<LeftOut> leftOut,
            Map<Long, String> issueTitles) {
        List<LeftOut> formedWithout =
                leftOut.stream().filter((l) -> !l.formedOn().isAfter(date)).toList();
        List<MembershipRow> groups = memberships.stream()
                .filter((m) -> (m.validFrom() == null || !m.validFrom().isAfter(date))
                        && (m.validTo() == null || !m.validTo().isBefore(date)))
                .toList();
        // The state's stances and its groups' in one statement, asked even when there is nothing to compare: a page's
        // statements must not depend on its data (ActorPageStancesTests).
        List<Long> ids = new ArrayList<>();
        ids.add(member.id());
        groups.forEach((m) -> ids.add(m.groupId()));
        formedWithout.forEach((l) -> ids.add(l.group().id()));
        Map<Long, List<ActorStance>> stances = this.lineups.stancesOfEach(ids, date, null, confidential);
        stances.values().forEach((list) -> list.forEach((st) -> issueTitles.put(st.issueId(), st.issueTitle())));
        Map<Long, ActorStance> mine = own(stances.getOrDefault(member.id(), List.of()));
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        for (LeftOut l : formedWithout) {
            flags.addAll(
                    leftOutFlags(l, mine, own(stances.getOrDefault(l.group().id(), List.of())), date));
        }
        for (MembershipRow m : groups) {
            Map<Long, ActorStance> theirs = own(stances.getOrDefault(m.groupId(), List.of()));
            ActorRef group = new ActorRef(m.groupId(), m.groupCode(), m.groupName(), ActorKind.GROUP, null, null);
            for (Map.Entry<Long, ActorStance> e : theirs.entrySet()) {
                ActorStance own = mine.get(e.getKey());
                if (own != null && !own.optionId().equals(e.getValue().optionId())) {
                    flags.add(new Flag(
                            member,
                            group,
                            own.issueTitle(),
                            later(own.validFrom(), e.getValue().validFrom()),
                            said(own),
                            said(e.getValue()),
                            null,
                            null,
                            null));
                }
            }
        }
        return flags;
    }

    /**
     * An actor left out when the group was formed (Hungary, of the EU 27) whose own stance on an issue differs from the
     * group's: since the later of the two stances, and never before the group was formed.
     */
    private static List<Flag> leftOutFlags(
            LeftOut left, Map<Long, ActorStance> mine, Map<Long, ActorStance> theirs, LocalDate date) {
        if (left.formedOn().isAfter(date)) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<Long, ActorStance> e : theirs.entrySet()) {
            ActorStance own = mine.get(e.getKey());
            if (own != null && !own.optionId().equals(e.getValue().optionId())) {
                flags.add(new Flag(
                        left.actor(),
                        left.group(),
                        own.issueTitle(),
                        later(later(own.validFrom(), e.getValue().validFrom()), left.formedOn()),
                        said(own),
                        said(e.getValue()),
                        null,
                        null,
                        null,
                        left.formedFrom(),
                        left.formedOn()));
            }
        }
        return flags;
    }

    /**
     * On one day and one issue, a member's own intervention for what its group's intervention spoke against (or the
     * other way round): one query for the pairs, one for the members of the groups on those days.
     */
    private List<Flag> interventions(
            ActorRef actor,
            LocalDate date,
            List<Long> hidden,
            Map<Long, String> slugs,
            List<MembershipRow> memberships,
            Map<Long, String> issueTitles) {
        boolean group = actor.kind() == ActorKind.GROUP;
        record Pair(
                Long memberId,
                Long groupId,
                LocalDate day,
                Long issueId,
                Long memberIntervention,
                String memberKind,
                String memberSummary,
                Long groupIntervention,
                String groupKind,
                String groupSummary,
                Long processId) {}
        List<Pair> pairs = this.jdbc
                .sql("""
				select m.actor_id, coalesce(g.on_behalf_of_id, g.actor_id) as group_id, m.spoken_on, m.issue_id,
				       m.id, m.kind, m.summary, g.id, g.kind, g.summary, m.process_id
				from intervention m
				join intervention g on g.process_id = m.process_id and g.spoken_on = m.spoken_on
				     and g.issue_id = m.issue_id and g.id <> m.id
				where m.on_behalf_of_id is null and m.spoken_on <= :date
				  and (g.on_behalf_of_id is not null or g.actor_id <> m.actor_id)
				  and ((m.kind in ('SUPPORTS', 'PROPOSES_LANGUAGE')
				        and g.kind in ('OPPOSES', 'ASKS_DELETION', 'RESERVES_POSITION'))
				    or (m.kind in ('OPPOSES', 'ASKS_DELETION', 'RESERVES_POSITION')
				        and g.kind in ('SUPPORTS', 'PROPOSES_LANGUAGE')))
				  and (m.meeting_id is null or not (m.meeting_id = any(:hidden)))
				  and (g.meeting_id is null or not (g.meeting_id = any(:hidden)))
				  and (case when :isGroup then coalesce(g.on_behalf_of_id, g.actor_id) = :actor
				            else m.actor_id = :actor end)
				order by m.spoken_on, m.id
				limit 200
				""")
                .param("date", date)
                .param("hidden", hidden.toArray(Long[]::new))
                .param("isGroup", group)
                .param("actor", actor.id())
                .query((rs, n) -> new Pair(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getLong(11)))
                .list();
        // The names come with the memberships (a state's groups, or a group's members, of every period), and a pair
        // counts only where the member belonged to the group on that day.
        Map<Long, ActorRef> byId = new HashMap<>();
        byId.put(actor.id(), actor);
        for (MembershipRow m : memberships) {
            byId.putIfAbsent(
                    m.groupId(), new ActorRef(m.groupId(), m.groupCode(), m.groupName(), ActorKind.GROUP, null, null));
            byId.putIfAbsent(m.memberId(), m.member());
        }
        List<Flag> flags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Pair p : pairs) {
            boolean member = memberships.stream()
                    .anyMatch((m) -> m.groupId().equals(p.groupId())
                            && m.memberId().equals(p.memberId())
                            && (m.validFrom() == null || !m.validFrom().isAfter(p.day()))
                            && (m.validTo() == null || !m.validTo().isBefore(p.day())));
            if (!member || !seen.add(p.memberIntervention() + ":" + p.groupIntervention())) {
                continue;
            }
            flags.add(new Flag(
                    byId.get(p.memberId()),
                    byId.get(p.groupId()),
                    issueTitles.get(p.issueId()),
                    p.day(),
                    kind(p.memberKind()) + " · " + p.memberSummary(),
                    kind(p.groupKind()) + " · " + p.groupSummary(),
                    p.memberIntervention(),
                    p.groupIntervention(),
                    slugOf(p.processId(), slugs)));
        }
        return flags;
    }

    private static String kind(String name) {
        return InterventionKind.valueOf(name).apiName().replace('-', ' ');
    }

    /** A process' slug, asked once per process and page. */
    private String slugOf(Long processId, Map<Long, String> slugs) {
        return slugs.computeIfAbsent(
                processId, (id) -> this.processes.find(id).map((p) -> p.slug()).orElse(null));
    }

    /** An actor's own stances (not via a group), by issue. */
    private static Map<Long, ActorStance> own(List<ActorStance> stances) {
        Map<Long, ActorStance> own = new HashMap<>();
        for (ActorStance s : stances) {
            if (s.positionId() != null && s.optionId() != null && s.viaCode() == null) {
                own.put(s.issueId(), s);
            }
        }
        return own;
    }

    private static String said(ActorStance s) {
        return said(s.optionLabel(), s.validFrom(), s.meetingTitle(), s.source(), s.quote());
    }

    private static String said(String option, LocalDate from, String meeting, String source, String quote) {
        StringBuilder text = new StringBuilder(option);
        if (from != null) {
            text.append(" · ").append(DAY.format(from));
        }
        if (meeting != null) {
            text.append(" · ").append(meeting);
        } else if (source != null) {
            text.append(" · ").append(source);
        }
        if (quote != null && !quote.isBlank()) {
            text.append(" · \u201c").append(quote).append('\u201d');
        }
        return text.toString();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
