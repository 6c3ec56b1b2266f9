/**
 * The amendment outcome rule: what became of a proposed change in the next revision, read off the texts alone.
 *
 * <p>In a UN negotiation no amendment is voted on: states propose wording in the room and the co-facilitators
 * later issue a new revision. {@link org.plenary.amendments.outcome.AmendmentOutcomes} infers, from the paragraph
 * the proposal was made against and its successor in the next revision (found through the paragraph's lineage),
 * whether the proposal was adopted verbatim, in part, not adopted, overtaken by a rewrite, or lost with its
 * paragraph, with the evidence (the successor's words at the proposed place, the share and the matched words).
 *
 * <p>Like {@code org.plenary.diff}, this package holds pure, deterministic functions only: no Spring, no
 * persistence, no I/O.
 */
package org.plenary.amendments.outcome;
