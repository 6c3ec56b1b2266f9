package org.plenary.amendments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.actors.ActorRef;
import org.plenary.amendments.outcome.Outcome;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.NodeKind;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.Readership;

/**
 * The actor page's list of an actor's own proposals (as proponent: itself, or a group through its spokesperson), newest
 * revision first, the first {@value #SHOWN} of them with the total, and the processes it proposed in (with how many
 * each), all in one statement whatever their number. A reader who is not signed in gets public data only, as the API
 * answers: proposals against published revisions, and none that the actor is known to have made only from a Chatham
 * House meeting. The query reads the paragraphs and revisions in SQL rather than through the drafts module, as
 * {@link Uptake} does, so that the list costs the actor pages a single statement.
 */
@Component
public class ActorProposals {

    /** How many proposals the actor page lists; the proposal list pages hold the rest. */
    static final int SHOWN = 10;

    /** How much of a proposal's words a row shows; its page shows them all. */
    static final int WORDS = 80;

    private final JdbcClient jdbc;

    ActorProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One proposal as the actor page lists it.
     * @param id the proposal
     * @param processSlug its process
     * @param revision the label of the revision it was made against
     * @param node the paragraph in that revision
     * @param kind what it asks
     * @param target the targeted words (or the words after which to insert), cut to {@value #WORDS} characters
     * @param words the new words, cut likewise
     * @param outcome its outcome in the next revision, {@code null} while pending
     */
    public record Listed(
            Long id,
            String processSlug,
            String processName,
            String revision,
            NodeRow node,
            ProposalKind kind,
            String target,
            String words,
            Decided outcome) {

        /** The API name of the effective outcome, {@code "pending"} while there is none. */
        public String outcomeName() {
            return (this.outcome != null) ? this.outcome.effective().apiName() : "pending";
        }
    }

    /**
     * An outcome as a list shows it: the computed one, the analyst's override beside it.
     * @param computed what the rule inferred
     * @param override the analyst's outcome, or {@code null}
     * @param share the share of the proposal's words adopted
     */
    public record Decided(Outcome computed, Outcome override, double share) {

        public Outcome effective() {
            return (this.override != null) ? this.override : this.computed;
        }

        public int percent() {
            return (int) Math.round(this.share * 100);
        }
    }

    /**
     * A process the actor proposed changes in.
     * @param slug the process
     * @param name its name
     * @param proposals how many proposals the actor made in it (that the reader may see)
     */
    public record ProposedIn(String slug, String name, int proposals) {}

    /**
     * What the actor page lists.
     * @param proposals the newest proposals, at most {@value #SHOWN}
     * @param total how many proposals the actor made
     * @param processes the processes it made them in, oldest first
     */
    public record Listing(List<Listed> proposals, int total, List<ProposedIn> processes) {

        /** Whether the page lists only some of them. */
        public boolean capped() {
            return this.total > this.proposals.size();
        }
    }

    /**
     * An actor's proposals, one statement.
     * @param signedIn whether the reader may see draft revisions and who spoke at Chatham House meetings
     * @param secretMeetings the Chatham House meetings (for a reader who is not signed in)
     */
    Listing of(ActorRef actor, boolean signedIn, Set<Long> secretMeetings) {
        record Row(
                Listed listed,
                boolean shown,
                boolean firstOfProcess,
                int total,
                ProposedIn process,
                LocalDate starts) {}
        List<Row> rows = this.jdbc
                .sql("""
				select * from (
				  select a.id, p.slug, p.name, p.starts_on, r.label as revision,
				         n.revision_id, n.id as node_id, n.position, n.parent_position, n.kind as node_kind, n.label,
				         n.text, n.lineage_id, a.kind, a.target, a.words, o.outcome, o.override_outcome, o.share,
				         row_number() over (order by r.issued_on desc, r.id desc, n.position, a.id) as place,
				         row_number() over (partition by a.process_id order by r.issued_on desc, r.id desc, n.position, a.id)
				           as place_in_process,
				         count(*) over () as total,
				         count(*) over (partition by a.process_id) as in_process
				  from amendment a join process p on p.id = a.process_id
				       join draft_revision r on r.id = a.revision_id
				       join draft_node n on n.id = a.node_id
				       -- an outcome inferred from a revision the reader may not open tells what it says: pending
				       left join amendment_outcome o on o.amendment_id = a.id
				            and exists (select 1 from draft_revision nr where nr.id = o.next_revision_id
				                        and (:signedIn or nr.status = 'PUBLISHED'))
				  where %s
				    and exists (select 1 from amendment_actor x
				                where x.amendment_id = a.id and x.actor_id = :actor and x.role = 'PROPONENT'
				                  and (:signedIn or x.meeting_id is null or x.meeting_id <> all(cast(:secret as bigint[]))
				                       or (coalesce(btrim(x.source), '') <> '' and x.note_id is null)))
				) listed
				where place <= :shown or place_in_process = 1
				order by place
				""".formatted(Readership.VISIBLE_REVISION))
                .param("actor", actor.id())
                .param("signedIn", signedIn)
                .param("secret", secretMeetings.toArray(Long[]::new))
                .param("shown", SHOWN)
                .query((rs, n) -> new Row(
                        new Listed(
                                rs.getLong("id"),
                                rs.getString("slug"),
                                rs.getString("name"),
                                rs.getString("revision"),
                                new NodeRow(
                                        rs.getLong("revision_id"),
                                        rs.getLong("node_id"),
                                        rs.getInt("position"),
                                        rs.getObject("parent_position", Integer.class),
                                        NodeKind.valueOf(rs.getString("node_kind")),
                                        rs.getString("label"),
                                        rs.getString("text"),
                                        rs.getLong("lineage_id")),
                                ProposalKind.valueOf(rs.getString("kind")),
                                cut(rs.getString("target")),
                                cut(rs.getString("words")),
                                (rs.getString("outcome") != null)
                                        ? new Decided(
                                                Outcome.valueOf(rs.getString("outcome")),
                                                (rs.getString("override_outcome") != null)
                                                        ? Outcome.valueOf(rs.getString("override_outcome"))
                                                        : null,
                                                rs.getDouble("share"))
                                        : null),
                        rs.getInt("place") <= SHOWN,
                        rs.getInt("place_in_process") == 1,
                        rs.getInt("total"),
                        new ProposedIn(rs.getString("slug"), rs.getString("name"), rs.getInt("in_process")),
                        rs.getObject("starts_on", LocalDate.class)))
                .list();
        List<Listed> shown = new ArrayList<>();
        List<Row> firsts = new ArrayList<>();
        for (Row row : rows) {
            if (row.shown()) {
                shown.add(row.listed());
            }
            if (row.firstOfProcess()) {
                firsts.add(row);
            }
        }
        List<ProposedIn> processes = firsts.stream()
                .sorted(Comparator.comparing(Row::starts, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(Row::process)
                .toList();
        return new Listing(shown, rows.isEmpty() ? 0 : rows.get(0).total(), processes);
    }

    /** The words, cut at a word boundary to at most {@value #WORDS} characters with an ellipsis. */
    static String cut(String words) {
        if (words == null || words.length() <= WORDS) {
            return words;
        }
        int end = words.lastIndexOf(' ', WORDS - 1);
        return words.substring(0, (end > WORDS / 2) ? end : WORDS - 1).stripTrailing() + "…";
    }
}
