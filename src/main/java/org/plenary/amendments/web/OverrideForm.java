package org.plenary.amendments.web;

import jakarta.validation.constraints.Size;

/**
 * An analyst's outcome for a proposal, set by hand with a reason (empty outcome: back to the computed one), on the
 * version of the outcome the analyst saw.
 */
public class OverrideForm {

    private String outcome;

    /** As long as the column that keeps it. */
    @Size(max = 500)
    private String reason;

    private long version;

    public String getOutcome() {
        return this.outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return this.reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
