package org.plenary.amendments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorPageSection;
import org.plenary.actors.ActorRef;
import org.plenary.actors.RegionalGroup;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionRow;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.BadRequestException;
import org.plenary.web.NotFoundException;

/**
 * Whose language is making it into the text: per actor or group, its proposals and how many the next revision adopted
 * (verbatim or in part) over those decided (not pending). Proposals count for their proponents; a group that proposed
 * through its spokesperson counts for the group. For an anonymous reader, a proposal against a draft revision, or whose
 * only evidence of who made it is a Chatham House meeting, does not count, as positions do (the process module says
 * which meetings were), nor an outcome inferred from a draft next revision (it tells what the draft says). Per actor,
 * by issue (a proposal's optional issue) and by round (the round of the process calendar its date or meeting falls
 * in), and the actor's proposals listed ({@link ActorProposals}). Two queries per
 * actor page whatever the data size, one more for an anonymous reader (the Chatham House meetings), without a
 * transaction of their own: a read-only transaction costs the actor page statements of its own. The counting
 * query reads the issue titles and the rounds in SQL rather than through the positions and process modules, so that
 * the breakdowns cost the actor pages no statement.
 */
@Service
public class Uptake implements ActorPageSection {

    private final JdbcClient jdbc;

    private final DraftReading drafts;

    private final ActorDirectory actors;

    private final ProcessCatalog processes;

    private final IssueCatalog issues;

    private final ActorProposals listing;

    Uptake(
            JdbcClient jdbc,
            DraftReading drafts,
            ActorDirectory actors,
            ProcessCatalog processes,
            IssueCatalog issues,
            ActorProposals listing) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.actors = actors;
        this.processes = processes;
        this.issues = issues;
        this.listing = listing;
    }

    /**
     * One actor's uptake.
     * @param actor the actor or group
     * @param proposals its proposals
     * @param decided those with an outcome
     * @param verbatim adopted verbatim
     * @param partial adopted in part
     * @param notAdopted not adopted
     * @param overtaken overtaken
     * @param deleted lost with their paragraph
     */
    public record Row(
            ActorRef actor,
            int proposals,
            int decided,
            int verbatim,
            int partial,
            int notAdopted,
            int overtaken,
            int deleted) {

        /** Adopted (verbatim or in part) over decided, 0 when none is decided. */
        public double rate() {
            return (this.decided == 0) ? 0 : (double) (this.verbatim + this.partial) / this.decided;
        }

        public int percent() {
            return (int) Math.round(rate() * 100);
        }
    }

    /**
     * Uptake within one part of an actor's proposals: those on one issue, or those made in one round.
     * @param name the issue's title or the round's name, {@code null} for the proposals on no issue (or outside every
     * round)
     * @param proposals proposals
     * @param decided those with an outcome
     * @param adopted those adopted verbatim or in part
     */
    public record Part(String name, int proposals, int decided, int adopted) {

        /** Adopted over decided, in percent; meaningless when none is decided. */
        public int percent() {
            return (this.decided == 0) ? 0 : (int) Math.round(100.0 * this.adopted / this.decided);
        }
    }

    /**
     * The ranking of a process.
     * @param process the process
     * @param revisions its revisions, for the filter
     * @param revision the revision filtered on, or {@code null} for all
     * @param issues its issues, for the filter (the current ones, and the one filtered on)
     * @param issue the issue filtered on, or {@code null} for all
     * @param regions the regional groups, for the filter
     * @param region the regional group filtered on (then only states are ranked), or {@code null} for every actor and
     * group
     * @param rows actors by uptake rate, then by decided proposals
     */
    public record Ranking(
            ProcessRef process,
            List<RevisionRow> revisions,
            RevisionRow revision,
            List<IssueView> issues,
            IssueView issue,
            List<RegionalGroup> regions,
            RegionalGroup region,
            List<Row> rows) {}

    /**
     * The ranking of a process's actors and groups, optionally for the proposals against one revision, on one issue,
     * and of the states of one regional group. A state's regional group is the one the actors module records (it
     * keeps no history of them: a state's group is taken to be the same on every date).
     * @throws NotFoundException for an unknown revision
     * @throws BadRequestException for an unknown issue (as the proposal list and the API answer it)
     * @throws BadRequestException for an unknown regional group
     */
    public Ranking ranking(
            String processSlug, String revisionRef, String issueRef, String regionRef, Authentication viewer) {
        RegionalGroup region = region(regionRef);
        ProcessRef process = this.drafts.process(processSlug);
        // An anonymous reader neither picks nor counts a draft revision (nor outcomes inferred from one).
        List<RevisionRow> series = (AmendmentReading.isAnonymous(viewer) ? Readership.PUBLIC : Readership.SIGNED_IN)
                .visible(this.drafts.series(process));
        RevisionRow revision = blank(revisionRef) ? null : DraftReading.find(series, revisionRef.strip());
        List<IssueView> issues = this.issues.issuesOf(process.id());
        IssueView issue = blank(issueRef)
                ? null
                : IssueCatalog.find(issues, issueRef.strip())
                        .orElseThrow(() -> new BadRequestException("uptake.issue.notFound", issueRef.strip()));
        Filter filter = new Filter(
                List.of(process.id()),
                (revision != null) ? revision.id() : null,
                (issue != null) ? issue.id() : null,
                null);
        boolean signedIn = !AmendmentReading.isAnonymous(viewer);
        List<Row> rows = totals(tallies(filter, signedIn, secretMeetings(signedIn)), null).stream()
                .filter((row) -> region == null
                        || (row.actor().kind().isState() && row.actor().regionalGroup() == region))
                .toList();
        List<IssueView> choices =
                issues.stream().filter((i) -> !i.archived() || i.equals(issue)).toList();
        return new Ranking(process, series, revision, choices, issue, List.of(RegionalGroup.values()), region, rows);
    }

    private static RegionalGroup region(String ref) {
        if (blank(ref)) {
            return null;
        }
        return java.util.Arrays.stream(RegionalGroup.values())
                .filter((r) -> r.name().equalsIgnoreCase(ref.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("uptake.region.unknown", ref.strip()));
    }

    /** Which proposals count: of these processes (all when {@code null}), against a revision, on an issue, by an actor. */
    private record Filter(List<Long> processIds, Long revisionId, Long issueId, Long actorId) {}

    /**
     * Counts of one actor's stands that share an issue and a round. {@code counts}: proposals, decided, verbatim,
     * partial, not adopted, overtaken, deleted.
     */
    private record Tally(
            Long actorId, String issue, int issueOrder, String round, LocalDate roundStarts, int[] counts) {}

    /**
     * The proponents' stands counted per actor, issue and round, in one statement. A stand falls in the round of its
     * meeting, else in the round of the process whose days hold its date. For a reader who is not signed in, the
     * proposals against draft revisions and the stands whose only evidence is one of the {@code secret} (Chatham House)
     * meetings are left out.
     */
    private List<Tally> tallies(Filter filter, boolean signedIn, Set<Long> secret) {
        record Counted(Long onlyMeeting, Tally tally) {}
        List<Counted> counted = this.jdbc
                .sql("""
				select x.actor_id, case when coalesce(btrim(x.source), '') = '' or x.note_id is not null then x.meeting_id end,
				       i.title, i.sort_order, rnd.name, rnd.starts_on,
				       count(*), count(o.amendment_id),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'VERBATIM'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'PARTIAL'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'NOT_ADOPTED'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'OVERTAKEN'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'DELETED')
				from amendment_actor x join amendment a on a.id = x.amendment_id
				     left join amendment_outcome o on o.amendment_id = a.id
				           and exists (select 1 from draft_revision r where r.id = o.next_revision_id
				                       and %s)
				     left join issue i on i.id = a.issue_id
				     left join lateral (
				         select rnd.name, rnd.starts_on from round rnd
				         where rnd.process_id = a.process_id
				           and case when x.meeting_id is not null
				                    then rnd.id = (select d.round_id from meeting m join round_day d on d.id = m.round_day_id
				                                   where m.id = x.meeting_id)
				                    else x.stated_on between rnd.starts_on and rnd.ends_on end
				         order by rnd.starts_on, rnd.id limit 1) rnd on true
				     join draft_revision r on r.id = a.revision_id
				where (cast(:processes as bigint[]) is null or a.process_id = any(:processes)) and x.role = 'PROPONENT'
				  and (cast(:revision as bigint) is null or a.revision_id = :revision)
				  and (cast(:issue as bigint) is null or a.issue_id = :issue)
				  and (cast(:actor as bigint) is null or x.actor_id = :actor)
				  and %s
				group by 1, 2, 3, 4, 5, 6
				""".formatted(Readership.VISIBLE_REVISION, Readership.VISIBLE_REVISION))
                .param("signedIn", signedIn)
                .param(
                        "processes",
                        (filter.processIds() != null) ? filter.processIds().toArray(Long[]::new) : null)
                .param("revision", filter.revisionId())
                .param("issue", filter.issueId())
                .param("actor", filter.actorId())
                .query((rs, n) -> new Counted(
                        rs.getObject(2, Long.class),
                        new Tally(
                                rs.getLong(1),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getObject(6, LocalDate.class),
                                new int[] {
                                    rs.getInt(7),
                                    rs.getInt(8),
                                    rs.getInt(9),
                                    rs.getInt(10),
                                    rs.getInt(11),
                                    rs.getInt(12),
                                    rs.getInt(13)
                                })))
                .list();
        return counted.stream()
                .filter((c) -> c.onlyMeeting() == null || !secret.contains(c.onlyMeeting()))
                .map(Counted::tally)
                .toList();
    }

    /**
     * The Chatham House meetings of every process for a reader who is not signed in (one statement, asked for every such
     * reader so that a page's statements do not depend on its data), none for a signed-in one.
     */
    private Set<Long> secretMeetings(boolean signedIn) {
        return signedIn ? Set.of() : Set.copyOf(this.processes.chathamHouseMeetingIds());
    }

    /** One row per actor, best uptake first. */
    private List<Row> totals(List<Tally> tallies, ActorRef known) {
        Map<Long, int[]> summed = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            add(summed.computeIfAbsent(tally.actorId(), (k) -> new int[7]), tally.counts());
        }
        if (summed.isEmpty()) {
            return List.of();
        }
        // On an actor's page the actor is known: no look-up, so the page's statements do not depend on its data.
        Map<Long, ActorRef> byId = (known != null)
                ? Map.of(known.id(), known)
                : this.actors.findAll(summed.keySet()).stream().collect(Collectors.toMap(ActorRef::id, (a) -> a));
        List<Row> rows = new ArrayList<>();
        summed.forEach((actorId, k) -> rows.add(new Row(byId.get(actorId), k[0], k[1], k[2], k[3], k[4], k[5], k[6])));
        rows.sort(Comparator.comparingDouble(Row::rate)
                .reversed()
                .thenComparing(Comparator.comparingInt(Row::decided).reversed())
                .thenComparing((Row r) -> r.actor().name()));
        return rows;
    }

    private static void add(int[] sum, int[] counts) {
        for (int k = 0; k < sum.length; k++) {
            sum[k] += counts[k];
        }
    }

    /**
     * The parts of an actor's proposals that share a name (an issue, a round), in the given order; the part without a
     * name (no issue, no round) last.
     */
    private static List<Part> parts(List<Tally> tallies, Function<Tally, String> name, Comparator<Tally> order) {
        Map<String, int[]> summed = new LinkedHashMap<>();
        int[] unnamed = new int[7];
        tallies.stream().sorted(order).forEach((tally) -> {
            String key = name.apply(tally);
            add((key == null) ? unnamed : summed.computeIfAbsent(key, (k) -> new int[7]), tally.counts());
        });
        List<Part> parts = new ArrayList<>();
        summed.forEach((key, k) -> parts.add(new Part(key, k[0], k[1], k[2] + k[3])));
        if (unnamed[0] > 0) {
            parts.add(new Part(null, unnamed[0], unnamed[1], unnamed[2] + unnamed[3]));
        }
        return parts;
    }

    /**
     * What the actor page shows: the actor's uptake over every process, by issue and by round, and its proposals.
     * @param actor the actor or group
     * @param row the actor's uptake, {@code null} when it made no proposal the reader may see
     * @param byIssue by the issue of the proposals, in the issues' order
     * @param byRound by the round the proposals were made in, in the calendar's order
     * @param listing its newest proposals with their outcomes, and the processes it proposed in
     */
    public record Section(
            ActorRef actor, Row row, List<Part> byIssue, List<Part> byRound, ActorProposals.Listing listing) {}

    /**
     * The "Proposed language" section, also when the actor made no proposal (it says so). Three statements for an
     * anonymous reader (the Chatham House meetings, the counts, the list), two for a signed-in one, whatever the data.
     */
    @Override
    public Optional<ActorPageSection.Section> of(ActorRef actor, Request request) {
        boolean signedIn = !AmendmentReading.isAnonymous(request.viewer());
        Set<Long> secret = secretMeetings(signedIn);
        List<Tally> tallies = tallies(new Filter(null, null, null, actor.id()), signedIn, secret);
        List<Row> rows = totals(tallies, actor);
        ActorProposals.Listing listing = this.listing.of(actor, signedIn, secret);
        List<Part> byIssue = parts(
                tallies,
                Tally::issue,
                Comparator.comparingInt(Tally::issueOrder)
                        .thenComparing(Tally::issue, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Part> byRound = parts(
                tallies,
                Tally::round,
                Comparator.comparing(Tally::roundStarts, Comparator.nullsLast(Comparator.naturalOrder())));
        return Optional.of(new ActorPageSection.Section(
                60,
                "amendments/section",
                "uptake",
                new Section(actor, rows.isEmpty() ? null : rows.get(0), byIssue, byRound, listing)));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
