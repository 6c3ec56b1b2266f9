package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.plenary.actors.ActorRef;
import org.plenary.amendments.outcome.Outcome;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.amendments.outcome.Reason;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.positions.IssueView;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessRef;

/**
 * The read models of the amendment pages, each built from a fixed number of queries.
 */
public final class AmendmentViews {

    private AmendmentViews() {}

    /**
     * One proposal with its paragraph, actors and outcome.
     * @param id the proposal
     * @param revision the revision it was made against
     * @param node the paragraph in that revision
     * @param kind what it asks
     * @param target the targeted words (or the words after which to insert)
     * @param occurrence which occurrence of the target
     * @param words the new words
     * @param rationale why
     * @param issue the issue it bears on, or {@code null}
     * @param stands proponents, supporters and opponents
     * @param outcome the outcome in the next revision, or {@code null} while there is none (pending)
     * @param version the entity version, for the edit form
     */
    public record Proposal(
            Long id,
            RevisionRow revision,
            NodeRow node,
            ProposalKind kind,
            String target,
            int occurrence,
            String words,
            String rationale,
            IssueRef issue,
            List<Stand> stands,
            OutcomeView outcome,
            long version) {

        public List<Stand> proponents() {
            return of(ActorRole.PROPONENT);
        }

        public List<Stand> supporters() {
            return of(ActorRole.SUPPORTER);
        }

        public List<Stand> opponents() {
            return of(ActorRole.OPPONENT);
        }

        private List<Stand> of(ActorRole role) {
            return this.stands.stream().filter((s) -> s.role() == role).toList();
        }

        /** The API name of the effective outcome, {@code "pending"} while there is no next revision. */
        public String outcomeName() {
            return (this.outcome != null) ? this.outcome.effective().apiName() : "pending";
        }
    }

    /**
     * The issue a proposal bears on.
     * @param id the issue
     * @param slug its slug in the process ("regular-irregular")
     * @param title its title
     */
    public record IssueRef(Long id, String slug, String title) {}

    /**
     * An actor's stand on a proposal.
     * @param id the stand
     * @param role proponent, supporter or opponent
     * @param actor the actor (a group when a spokesperson spoke for it)
     * @param spokenBy the state that spoke for the group, or {@code null}
     * @param statedOn when
     * @param meeting where, or {@code null}
     * @param source the written source, or {@code null}
     * @param quote the words heard, or {@code null}
     * @param confidential whether its only evidence is a Chatham House meeting (who said it is not shown to the public)
     * @param version the entity version, for removing it
     * @param note the daily note it cites, when there is one and the reader may read it, else {@code null}
     */
    public record Stand(
            Long id,
            ActorRole role,
            ActorRef actor,
            ActorRef spokenBy,
            LocalDate statedOn,
            MeetingRef meeting,
            String source,
            String quote,
            boolean confidential,
            long version,
            NoteLink note) {}

    /**
     * A daily note cited as evidence, for a link to its page.
     * @param id the note
     * @param title its title
     */
    public record NoteLink(Long id, String title) {}

    /**
     * The outcome of a proposal in the next revision: computed, and the analyst's override beside it.
     * @param computed what the rule inferred
     * @param share the share (see {@link org.plenary.amendments.outcome.AmendmentOutcome#share()})
     * @param matched the proposal's words found
     * @param found the successor's words at the proposed place
     * @param reason why the rule decided so
     * @param nextRevision the next revision
     * @param successorNodeId the successor paragraph (or the closest new paragraph), or {@code null}
     * @param override the analyst's outcome, or {@code null}
     * @param overrideReason why the analyst overrode it
     * @param overriddenBy who did
     * @param version the entity version, for the override form
     */
    public record OutcomeView(
            Outcome computed,
            double share,
            String matched,
            String found,
            Reason reason,
            RevisionRow nextRevision,
            Long successorNodeId,
            Outcome override,
            String overrideReason,
            String overriddenBy,
            long version) {

        public Outcome effective() {
            return (this.override != null) ? this.override : this.computed;
        }

        public int percent() {
            return (int) Math.round(this.share * 100);
        }
    }

    /**
     * The filters of the list of proposals.
     * @param revision a revision's label or id, or blank for all
     * @param actor an actor's code, or blank for all
     * @param outcome an outcome's API name or {@code pending}, or blank for all
     * @param kind a kind's API name, or blank for all
     * @param issue the slug of one of the process's issues (any case), or blank for all
     */
    public record Filters(String revision, String actor, String outcome, String kind, String issue) {

        /** Filters on no issue. */
        public Filters(String revision, String actor, String outcome, String kind) {
            this(revision, actor, outcome, kind, null);
        }
    }

    /**
     * One page of a process's proposals.
     * @param process the process
     * @param revisions its revisions, for the filter
     * @param actors the actors that stand on any of its proposals, for the filter
     * @param issues the process's issues, for the filter (the current ones, and the one filtered on)
     * @param filters the filters applied
     * @param proposals the proposals of this page
     * @param page the page number (1-based)
     * @param pages how many pages there are
     * @param total how many proposals match
     */
    public record ProposalList(
            ProcessRef process,
            List<RevisionRow> revisions,
            List<ActorRef> actors,
            List<IssueView> issues,
            Filters filters,
            List<Proposal> proposals,
            int page,
            int pages,
            long total) {}

    /**
     * One page of a process's proposals, as the API answers it.
     * @param process the process
     * @param proposals the proposals of this page
     * @param page the page number (0 for the first)
     * @param size proposals per page
     * @param total how many proposals match
     */
    public record ProposalPage(ProcessRef process, List<Proposal> proposals, int page, int size, long total) {

        /** Whether a page follows this one. */
        public boolean hasNext() {
            return (long) (this.page + 1) * this.size < this.total;
        }
    }

    /**
     * How many proposals a paragraph of a revision has, for the reader's marks.
     * @param nodeId the paragraph
     * @param count its proposals
     * @param adopted how many of them were adopted (verbatim or in part)
     */
    public record ParagraphCount(Long nodeId, int count, int adopted) {}

    /**
     * What the compare page marks.
     * @param counts the proposals of each paragraph of the older revision, by node id
     * @param adopted the proposals each paragraph of the newer revision adopted, by node id
     */
    public record CompareMarks(Map<Long, ParagraphCount> counts, Map<Long, List<Adopted>> adopted) {}

    /**
     * A proposal a paragraph adopted, as the compare page names it.
     * @param id the proposal
     * @param kind what it asks
     * @param target its targeted words
     * @param words its new words
     * @param outcome {@code verbatim} or {@code partial}
     * @param percent the share of its words adopted, in %
     */
    public record Adopted(Long id, ProposalKind kind, String target, String words, String outcome, int percent) {}
}
