package org.plenary.amendments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.amendments.outcome.AmendmentOutcomes;
import org.plenary.amendments.outcome.IdealText;
import org.plenary.amendments.outcome.ProposedChange;
import org.plenary.amendments.outcome.TargetNotFoundException;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeKind;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionRow;
import org.plenary.drafts.StructureTree;
import org.plenary.drafts.compare.RevisionComparison;
import org.plenary.drafts.compare.RevisionComparisons;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * "Ideal text": one actor's (or group's) proposals against a revision applied to it, as a virtual revision compared
 * with the real next revision through the drafts comparison. Only the proposals the actor made as a proponent count
 * (itself, or a group through its spokesperson): supporting someone else's proposal says the actor can live with it,
 * not that it is the actor's wording, and a supported proposal may collide with the actor's own. Proposals that
 * collide are left out and listed ({@link IdealText}). An anonymous reader sees published revisions only, and no
 * proposal through a stand whose only evidence is a Chatham House meeting.
 */
@Service
@Transactional(readOnly = true)
public class IdealTexts {

    private final DraftReading drafts;

    private final AmendmentReading reading;

    private final ActorDirectory actors;

    IdealTexts(DraftReading drafts, AmendmentReading reading, ActorDirectory actors) {
        this.drafts = drafts;
        this.reading = reading;
        this.actors = actors;
    }

    /**
     * The page.
     * @param next the real revision the ideal text is compared with: the next one, or the revision itself when the
     * reader may see no next one
     * @param proposals the actor's proposals, each with what became of it in the ideal text
     * @param collisions the pairs of proposals that could not both be applied
     */
    public record View(
            ProcessRef process,
            List<RevisionRow> revisions,
            RevisionRow revision,
            RevisionRow next,
            ActorRef actor,
            List<Applied> proposals,
            List<Collision> collisions,
            RevisionComparison comparison) {

        /** Whether there is no next revision and the ideal text is compared with the revision itself. */
        public boolean againstItself() {
            return this.next.id().equals(this.revision.id());
        }

        /** How many proposals went into the ideal text. */
        public long appliedCount() {
            return this.proposals.stream().filter(Applied::applied).count();
        }
    }

    /**
     * A proposal and whether it went into the ideal text.
     * @param fits {@code false} when its words are no longer in its paragraph (the revision was corrected since)
     */
    public record Applied(AmendmentViews.Proposal proposal, boolean applied, boolean collides, boolean fits) {}

    /**
     * Two proposals that claim the same words, or each add a different paragraph after the same one; neither is
     * applied.
     * @param words the words both claim, {@code null} when both add a paragraph after {@code node}
     */
    public record Collision(
            AmendmentViews.Proposal first,
            AmendmentViews.Proposal second,
            NodeRow node,
            IdealText.Dispute dispute,
            String words) {

        /** Whether both add a different new paragraph after {@code node}. */
        public boolean bothAddAParagraph() {
            return this.dispute == IdealText.Dispute.PLACE_AFTER;
        }
    }

    /**
     * The revision as the actor would have it, compared with the next one.
     * @param naming what to call the virtual revision, for the actor (a UI text)
     * @throws NotFoundException for an unknown process, revision or actor
     * @throws org.springframework.security.access.AccessDeniedException for a draft revision and an anonymous reader
     */
    public View of(
            String processSlug,
            String revisionRef,
            String actorCode,
            java.util.function.Function<ActorRef, String> naming,
            Authentication viewer) {
        Readership readership = AmendmentReading.isAnonymous(viewer) ? Readership.PUBLIC : Readership.SIGNED_IN;
        ProcessRef process = this.drafts.process(processSlug);
        List<RevisionRow> series = this.drafts.series(process);
        RevisionRow revision = readership.check(DraftReading.find(series, revisionRef));
        ActorRef actor = actor(actorCode);
        RevisionRow next = next(series, revision)
                .filter((r) -> readership == Readership.SIGNED_IN || r.published())
                .orElse(revision);
        List<AmendmentViews.Proposal> proposals = this.reading.proposedBy(process, series, revision, actor, viewer);
        List<NodeRow> nodes = this.drafts.nodes(List.of(revision.id(), next.id()));
        List<NodeRow> base = nodes.stream()
                .filter((n) -> n.revisionId().equals(revision.id()))
                .toList();
        List<NodeRow> real =
                nodes.stream().filter((n) -> n.revisionId().equals(next.id())).toList();

        Map<Long, Integer> indexOfNode = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
            indexOfNode.put(base.get(i).id(), i);
        }
        Map<Long, AmendmentViews.Proposal> byId = new HashMap<>();
        List<IdealText.Proposal> fitting = new ArrayList<>();
        List<Long> unfit = new ArrayList<>();
        for (AmendmentViews.Proposal p : proposals) {
            byId.put(p.id(), p);
            Integer index = indexOfNode.get(p.node().id());
            ProposedChange change = new ProposedChange(p.kind(), p.target(), p.words(), p.occurrence());
            try {
                AmendmentOutcomes.check(change, base.get(index).text());
                fitting.add(new IdealText.Proposal(p.id(), index, change));
            } catch (TargetNotFoundException ex) {
                unfit.add(p.id());
            }
        }
        IdealText.Result result =
                IdealText.apply(base.stream().map(NodeRow::text).toList(), fitting);

        Set<Long> collided = result.collided();
        List<Applied> applied = proposals.stream()
                .map((p) -> new Applied(
                        p, result.applied().contains(p.id()), collided.contains(p.id()), !unfit.contains(p.id())))
                .toList();
        List<Collision> collisions = result.collisions().stream()
                .map((c) -> new Collision(
                        byId.get(c.first()), byId.get(c.second()), base.get(c.paragraph()), c.dispute(), c.words()))
                .toList();

        RevisionRow virtual = new RevisionRow(
                revision.id(),
                revision.sequence(),
                naming.apply(actor),
                revision.issuedOn(),
                revision.status(),
                null,
                revision.contentVersion(),
                revision.version());
        RevisionComparison comparison = RevisionComparisons.compareWithVirtual(
                process, readership.visible(series), next, real, virtual, virtualNodes(base, result));
        return new View(process, readership.visible(series), revision, next, actor, applied, collisions, comparison);
    }

    /**
     * The revision to show for an actor when none is named: the latest it proposed changes to, else the latest the
     * reader may see.
     */
    public Optional<RevisionRow> defaultRevision(String processSlug, String actorCode, Authentication viewer) {
        Readership readership = AmendmentReading.isAnonymous(viewer) ? Readership.PUBLIC : Readership.SIGNED_IN;
        ProcessRef process = this.drafts.process(processSlug);
        List<RevisionRow> visible = readership.visible(this.drafts.series(process));
        Set<Long> proposedTo = this.reading.revisionsProposedBy(process, actor(actorCode));
        return visible.stream()
                .filter((r) -> proposedTo.contains(r.id()))
                .max(Comparator.comparingInt(RevisionRow::sequence))
                .or(() -> visible.stream().max(Comparator.comparingInt(RevisionRow::sequence)));
    }

    private ActorRef actor(String code) {
        String wanted = (code == null) ? "" : code.strip();
        return this.actors.find(wanted).orElseThrow(() -> new NotFoundException("actor.notFound", wanted));
    }

    private static Optional<RevisionRow> next(List<RevisionRow> series, RevisionRow revision) {
        return series.stream()
                .filter((r) -> r.sequence() > revision.sequence())
                .min(Comparator.comparingInt(RevisionRow::sequence));
    }

    /**
     * The ideal text as nodes: a paragraph that continues one of the revision keeps its node id, kind, label and
     * lineage (so the comparison aligns it with its successor); a proposed new paragraph has neither id nor lineage.
     */
    private static List<NodeRow> virtualNodes(List<NodeRow> base, IdealText.Result result) {
        List<NodeKind> kinds = new ArrayList<>();
        for (IdealText.Paragraph p : result.paragraphs()) {
            kinds.add((p.source() >= 0) ? base.get(p.source()).kind() : NodeKind.PARAGRAPH);
        }
        int[] parents = StructureTree.parentPositions(kinds);
        List<NodeRow> nodes = new ArrayList<>();
        for (int k = 0; k < result.paragraphs().size(); k++) {
            IdealText.Paragraph p = result.paragraphs().get(k);
            NodeRow source = (p.source() >= 0) ? base.get(p.source()) : null;
            nodes.add(new NodeRow(
                    (source != null) ? source.revisionId() : null,
                    (source != null) ? source.id() : null,
                    k,
                    (parents[k] >= 0) ? parents[k] : null,
                    kinds.get(k),
                    (source != null) ? source.label() : null,
                    p.text(),
                    (source != null) ? source.lineageId() : null));
        }
        return nodes;
    }
}
