package org.plenary.amendments.outcome;

import java.util.Objects;

/**
 * What the rule decided about one proposal, with its evidence.
 *
 * @param outcome the fate of the proposal
 * @param share for words brought in, the share of the proposal's new words (those not already among the targeted
 * words) found at the proposed place; for a deletion, the share of the targeted words gone; for a new paragraph, its
 * similarity with the closest new paragraph; between 0 and 1
 * @param matched the proposal's words found there, in the proposal's order, separated by spaces (empty if none)
 * @param found the successor's text at the proposed place (for a new paragraph: the closest new paragraph), empty if
 * there is none
 * @param reason why the rule decided so
 * @param paragraphIndex for a new paragraph, the index of the closest candidate paragraph, else {@code null}
 */
public record AmendmentOutcome(
        Outcome outcome, double share, String matched, String found, Reason reason, Integer paragraphIndex) {

    /** Validates the share and normalises missing texts. */
    public AmendmentOutcome {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must lie between 0 and 1: " + share);
        }
        matched = (matched != null) ? matched : "";
        found = (found != null) ? found : "";
    }
}
