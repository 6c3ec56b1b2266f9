package org.plenary.amendments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.amendments.outcome.AmendmentOutcome;
import org.plenary.amendments.outcome.AmendmentOutcomes;
import org.plenary.amendments.outcome.Outcome;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.amendments.outcome.ProposedChange;
import org.plenary.amendments.outcome.TargetNotFoundException;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.LinkRow;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionChanged;
import org.plenary.drafts.RevisionRow;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.RuleException;

/**
 * Infers the outcomes of the proposals made against a revision from the next revision of the same document: when the
 * next revision is imported, published or corrected (text or lineage), when proposals change, and on an analyst's
 * demand. Successors come from the lineage links (the paragraph continuing the lineage, the ones split off it, and the
 * one a paragraph was merged into); new
 * paragraphs of the next revision are the candidates for new-paragraph proposals. Only the computed outcome is
 * written; an analyst's override stays. The rule itself is {@link AmendmentOutcomes}.
 */
@Service
@Transactional
public class OutcomeInference {

    private final JdbcClient jdbc;

    private final DraftReading drafts;

    private final ProcessCatalog processes;

    OutcomeInference(JdbcClient jdbc, DraftReading drafts, ProcessCatalog processes) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.processes = processes;
    }

    /** A revision changed: the proposals against it and against the revision before it follow. */
    @EventListener
    public void on(RevisionChanged event) {
        for (Long processId : this.jdbc
                .sql("select distinct process_id from amendment")
                .query(Long.class)
                .list()) {
            ProcessRef process = this.processes.all().stream()
                    .filter((p) -> p.id().equals(processId))
                    .findFirst()
                    .orElse(null);
            if (process == null) {
                continue;
            }
            List<RevisionRow> series = this.drafts.series(process);
            for (int i = 0; i < series.size(); i++) {
                if (series.get(i).id().equals(event.revisionId())) {
                    if (i > 0) {
                        infer(process, series.get(i - 1), series.get(i));
                    }
                    if (i + 1 < series.size()) {
                        infer(process, series.get(i), series.get(i + 1));
                    }
                    return;
                }
            }
        }
    }

    /** Proposals against a revision were recorded or changed. */
    @EventListener
    public void on(ProposalsChanged event) {
        ProcessRef process = this.processes.all().stream()
                .filter((p) -> p.id().equals(event.processId()))
                .findFirst()
                .orElseThrow();
        List<RevisionRow> series = this.drafts.series(process);
        for (int i = 0; i + 1 < series.size(); i++) {
            if (series.get(i).id().equals(event.revisionId())) {
                infer(process, series.get(i), series.get(i + 1));
            }
        }
    }

    /**
     * Infers again the outcomes of the proposals against a revision (an analyst's demand).
     * @return how many proposals got an outcome
     * @throws RuleException if the revision has no next revision yet
     */
    public int inferFor(String processSlug, String revisionRef) {
        ProcessRef process = this.drafts.process(processSlug);
        List<RevisionRow> series = this.drafts.series(process);
        RevisionRow revision = DraftReading.find(series, revisionRef);
        int at = series.indexOf(revision);
        if (at + 1 >= series.size()) {
            throw new AmendmentRuleException(null, "amendment.infer.noNext", revision.label());
        }
        return infer(process, revision, series.get(at + 1));
    }

    /** A proposal as the inference reads it. */
    private record Pending(Long id, Long nodeId, ProposedChange change) {}

    private int infer(ProcessRef process, RevisionRow earlier, RevisionRow next) {
        List<Pending> proposals = this.jdbc
                .sql("select id, node_id, kind, target, words, occurrence from amendment where revision_id = :revision")
                .param("revision", earlier.id())
                .query((rs, n) -> new Pending(
                        rs.getLong(1),
                        rs.getLong(2),
                        new ProposedChange(
                                ProposalKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getInt(6))))
                .list();
        if (proposals.isEmpty()) {
            return 0;
        }
        Map<Long, NodeRow> earlierNodes = new HashMap<>();
        this.drafts.nodes(List.of(earlier.id())).forEach((node) -> earlierNodes.put(node.id(), node));
        DraftViews.Links links = this.drafts.links(process.slug(), String.valueOf(next.id()));
        Map<Long, List<NodeRow>> successors = new HashMap<>();
        List<NodeRow> inserted = new ArrayList<>();
        for (DraftViews.LinkedNode linked : links.nodes()) {
            Long predecessor = (linked.link() != null) ? linked.link().predecessorId() : null;
            if (predecessor != null) {
                successors
                        .computeIfAbsent(predecessor, (k) -> new ArrayList<>())
                        .add(linked.node());
            } else if (!linked.node().kind().heading()) {
                inserted.add(linked.node());
            }
        }
        // A paragraph merged into another lives on in it: that paragraph is its successor, not a deletion.
        Map<Long, NodeRow> nextNodes = new HashMap<>();
        links.nodes().forEach((linked) -> nextNodes.put(linked.node().id(), linked.node()));
        for (LinkRow merge : links.merges()) {
            NodeRow into = nextNodes.get(merge.nodeId());
            if (into != null && merge.predecessorId() != null) {
                successors
                        .computeIfAbsent(merge.predecessorId(), (k) -> new ArrayList<>())
                        .add(into);
            }
        }
        int decided = 0;
        for (Pending proposal : proposals) {
            NodeRow node = earlierNodes.get(proposal.nodeId());
            Optional<Decision> decision = decide(proposal, node, successors, inserted);
            if (decision.isEmpty()) {
                this.jdbc
                        .sql("delete from amendment_outcome where amendment_id = :id and override_outcome is null")
                        .param("id", proposal.id())
                        .update();
                continue;
            }
            store(proposal.id(), next.id(), decision.get());
            decided++;
        }
        return decided;
    }

    private record Decision(AmendmentOutcome outcome, Long successorNodeId) {}

    private static Optional<Decision> decide(
            Pending proposal, NodeRow node, Map<Long, List<NodeRow>> successors, List<NodeRow> inserted) {
        if (node == null) {
            return Optional.empty();
        }
        try {
            if (proposal.change().kind() == ProposalKind.NEW_PARAGRAPH) {
                AmendmentOutcome outcome = AmendmentOutcomes.decideNewParagraph(
                        proposal.change().words(),
                        inserted.stream().map(NodeRow::text).toList());
                Long closest = (outcome.paragraphIndex() != null)
                        ? inserted.get(outcome.paragraphIndex()).id()
                        : null;
                return Optional.of(new Decision(outcome, closest));
            }
            List<NodeRow> following = successors.getOrDefault(node.id(), List.of());
            AmendmentOutcome outcome = AmendmentOutcomes.decide(
                    proposal.change(),
                    node.text(),
                    following.stream().map(NodeRow::text).toList());
            return Optional.of(new Decision(
                    outcome, following.isEmpty() ? null : following.get(0).id()));
        } catch (TargetNotFoundException ex) {
            // The earlier paragraph was corrected since: the proposal no longer fits it.
            return Optional.empty();
        }
    }

    private void store(Long amendmentId, Long nextRevisionId, Decision decision) {
        AmendmentOutcome o = decision.outcome();
        this.jdbc
                .sql("""
				insert into amendment_outcome (amendment_id, next_revision_id, successor_node_id, outcome, share, matched,
				                               found, reason, computed_at)
				values (:id, :next, :successor, :outcome, :share, :matched, :found, :reason, now())
				on conflict (amendment_id) do update set next_revision_id = excluded.next_revision_id,
				    successor_node_id = excluded.successor_node_id, outcome = excluded.outcome, share = excluded.share,
				    matched = excluded.matched, found = excluded.found, reason = excluded.reason,
				    computed_at = excluded.computed_at, version = amendment_outcome.version + 1
				where (amendment_outcome.next_revision_id, amendment_outcome.successor_node_id, amendment_outcome.outcome,
				       amendment_outcome.share, amendment_outcome.matched, amendment_outcome.found, amendment_outcome.reason)
				      is distinct from (excluded.next_revision_id, excluded.successor_node_id, excluded.outcome,
				       excluded.share, excluded.matched, excluded.found, excluded.reason)
				""")
                .param("id", amendmentId)
                .param("next", nextRevisionId)
                .param("successor", decision.successorNodeId())
                .param("outcome", o.outcome().name())
                .param("share", o.share())
                .param("matched", o.matched())
                .param("found", o.found())
                .param("reason", o.reason().name())
                .update();
    }

    /**
     * Sets an analyst's outcome beside the computed one (or clears it with {@code null}), with the reason; never
     * recomputed. Version-checked.
     */
    public void override(
            String processSlug, Long amendmentId, long version, Outcome outcome, String reason, String user) {
        Long processId = this.drafts.process(processSlug).id();
        AmendmentReading.head(this.jdbc, amendmentId)
                .filter((head) -> head.processId().equals(processId))
                .orElseThrow(() -> new org.plenary.web.NotFoundException("amendment.notFound", amendmentId));
        boolean computed = this.jdbc
                .sql("select exists (select 1 from amendment_outcome where amendment_id = :id)")
                .param("id", amendmentId)
                .query(Boolean.class)
                .single();
        if (!computed) {
            throw new AmendmentRuleException("outcome", "amendment.override.pending");
        }
        if (outcome != null && (reason == null || reason.isBlank())) {
            throw new AmendmentRuleException("reason", "amendment.override.reasonRequired");
        }
        int updated = this.jdbc
                .sql("""
				update amendment_outcome set override_outcome = :outcome, override_reason = :reason,
				       overridden_by = :user, overridden_at = now(), version = version + 1
				where amendment_id = :id and version = :version
				""")
                .param("outcome", (outcome != null) ? outcome.name() : null)
                .param("reason", (outcome != null) ? reason.strip() : null)
                .param("user", (outcome != null) ? user : null)
                .param("id", amendmentId)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new org.plenary.web.StaleEditException(version, -1);
        }
    }
}
