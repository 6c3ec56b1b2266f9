package org.plenary.amendments;

import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.amendments.outcome.ProposedChange;

/**
 * What a proposal asks, as a form or the API gives it.
 *
 * @param nodeId the paragraph (node of a revision) it is made against
 * @param kind what it asks
 * @param target the targeted words (replace, delete) or the words after which to insert
 * @param occurrence which occurrence of the target it means (0: the first)
 * @param words the new words
 * @param rationale why, in the proponent's words
 * @param issueId the issue of the process it bears on, or {@code null}
 */
public record ProposalDraft(
        Long nodeId, ProposalKind kind, String target, int occurrence, String words, String rationale, Long issueId) {

    /** A proposal on no particular issue. */
    public ProposalDraft(
            Long nodeId, ProposalKind kind, String target, int occurrence, String words, String rationale) {
        this(nodeId, kind, target, occurrence, words, rationale, null);
    }

    /** Drops what the kind does not use. */
    public ProposalDraft {
        target = (kind != null && kind.targetsWords() && target != null) ? target.strip() : "";
        words = (kind != null && kind.bringsWords() && words != null) ? words.strip() : "";
        rationale = (rationale == null || rationale.isBlank()) ? null : rationale.strip();
        occurrence = Math.max(0, occurrence);
    }

    ProposedChange change() {
        return new ProposedChange(this.kind, this.target, this.words, this.occurrence);
    }
}
