package org.plenary.amendments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorPageSection;
import org.plenary.actors.ActorRef;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.RevisionRow;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;

/**
 * Whose language is making it into the text: per actor or group, its proposals and how many the next revision adopted
 * (verbatim or in part) over those decided (not pending). Proposals count for their proponents; a group that proposed
 * through its spokesperson counts for the group. For an anonymous reader, a proposal whose only evidence of who made it
 * is a Chatham House meeting does not count, as positions do (the process module says which meetings were). Two queries
 * whatever the data size (one on an actor's page), one more for an anonymous reader (the Chatham House meetings),
 * without a transaction of their own: a read-only transaction costs the actor page statements of its own.
 */
@Service
public class Uptake implements ActorPageSection {

    private final JdbcClient jdbc;

    private final DraftReading drafts;

    private final ActorDirectory actors;

    private final ProcessCatalog processes;

    Uptake(JdbcClient jdbc, DraftReading drafts, ActorDirectory actors, ProcessCatalog processes) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.actors = actors;
        this.processes = processes;
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
     * The ranking of a process.
     * @param process the process
     * @param revisions its revisions, for the filter
     * @param revision the revision filtered on, or {@code null} for all
     * @param rows actors by uptake rate, then by decided proposals
     */
    public record Ranking(ProcessRef process, List<RevisionRow> revisions, RevisionRow revision, List<Row> rows) {}

    /** The ranking of a process's actors and groups, optionally for the proposals against one revision. */
    public Ranking ranking(String processSlug, String revisionRef, Authentication viewer) {
        ProcessRef process = this.drafts.process(processSlug);
        List<RevisionRow> series = this.drafts.series(process);
        RevisionRow revision =
                (revisionRef == null || revisionRef.isBlank()) ? null : DraftReading.find(series, revisionRef);
        List<Row> rows = rows(List.of(process.id()), (revision != null) ? revision.id() : null, null, viewer, null);
        return new Ranking(process, series, revision, rows);
    }

    /** The rows; {@code proposedIn}, when given, receives the processes whose proposals they count. */
    private List<Row> rows(
            List<Long> processIds,
            Long revisionId,
            ActorRef known,
            Authentication viewer,
            java.util.Set<Long> proposedIn) {
        Long actorId = (known != null) ? known.id() : null;
        boolean everything = !AmendmentReading.isAnonymous(viewer);
        // Counted per actor and per meeting that is a stand's only evidence (no written source): whether that meeting
        // was under the Chatham House rule is the process module's to say, asked only when an anonymous reader's
        // counts rest on such meetings (one more statement then, none otherwise).
        record Part(Long actorId, Long onlyMeeting, Long processId, int[] counts) {}
        List<Part> parts = this.jdbc
                .sql("""
				select x.actor_id, case when coalesce(btrim(x.source), '') = '' then x.meeting_id end, a.process_id,
				       count(*),
				       count(o.amendment_id),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'VERBATIM'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'PARTIAL'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'NOT_ADOPTED'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'OVERTAKEN'),
				       count(*) filter (where coalesce(o.override_outcome, o.outcome) = 'DELETED')
				from amendment_actor x join amendment a on a.id = x.amendment_id
				     left join amendment_outcome o on o.amendment_id = a.id
				where (cast(:processes as bigint[]) is null or a.process_id = any(:processes)) and x.role = 'PROPONENT'
				  and (cast(:revision as bigint) is null or a.revision_id = :revision)
				  and (cast(:actor as bigint) is null or x.actor_id = :actor)
				group by 1, 2, 3
				""")
                .param("processes", (processIds != null) ? processIds.toArray(Long[]::new) : null)
                .param("revision", revisionId)
                .param("actor", actorId)
                .query((rs, n) -> new Part(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3), new int[] {
                    rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)
                }))
                .list();
        // Asked for every anonymous reader, whatever the counts rest on: a page's statements must not depend on its
        // data.
        java.util.Set<Long> secret =
                everything ? java.util.Set.of() : java.util.Set.copyOf(this.processes.chathamHouseMeetingIds());
        record Counts(Long actorId, int[] counts) {}
        Map<Long, int[]> summed = new java.util.LinkedHashMap<>();
        for (Part part : parts) {
            if (part.onlyMeeting() != null && secret.contains(part.onlyMeeting())) {
                continue;
            }
            if (proposedIn != null) {
                proposedIn.add(part.processId());
            }
            int[] sum = summed.computeIfAbsent(part.actorId(), (k) -> new int[7]);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += part.counts()[k];
            }
        }
        List<Counts> counts = summed.entrySet().stream()
                .map((e) -> new Counts(e.getKey(), e.getValue()))
                .toList();
        if (counts.isEmpty()) {
            return List.of();
        }
        // On an actor's page the actor is known: no look-up, so the page's statements do not depend on its data.
        Map<Long, ActorRef> byId = (known != null)
                ? Map.of(known.id(), known)
                : this.actors.findAll(counts.stream().map(Counts::actorId).toList()).stream()
                        .collect(Collectors.toMap(ActorRef::id, (a) -> a));
        List<Row> rows = new ArrayList<>();
        for (Counts c : counts) {
            int[] k = c.counts();
            rows.add(new Row(byId.get(c.actorId()), k[0], k[1], k[2], k[3], k[4], k[5], k[6]));
        }
        rows.sort(Comparator.comparingDouble(Row::rate)
                .reversed()
                .thenComparing(Comparator.comparingInt(Row::decided).reversed())
                .thenComparing((Row r) -> r.actor().name()));
        return rows;
    }

    /**
     * What the actor page shows: the actor's uptake over every process, and the processes it proposed changes in (for
     * the links to its ideal text).
     */
    public record Section(Row row, List<ProcessRef> processes) {}

    @Override
    public Optional<ActorPageSection.Section> of(ActorRef actor, Request request) {
        java.util.Set<Long> proposedIn = new java.util.HashSet<>();
        List<Row> rows = rows(null, null, actor, request.viewer(), proposedIn);
        // Asked whatever the rows, so that the page's statements do not depend on its data.
        List<ProcessRef> processes = this.processes.all().stream()
                .filter((p) -> proposedIn.contains(p.id()))
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ActorPageSection.Section(60, "amendments/section", "uptake", new Section(rows.get(0), processes)));
    }
}
