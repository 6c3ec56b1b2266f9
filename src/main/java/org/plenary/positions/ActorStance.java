package org.plenary.positions;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one actor stands on one issue as of a date (its own position, or a group's through which it holds one), with
 * the evidence, and where it stood on a compare-with date. {@code optionId} is null when its stance is unknown.
 */
public record ActorStance(
        Long processId,
        Long issueId,
        String issueSlug,
        String issueTitle,
        Long positionId,
        Long optionId,
        String optionLabel,
        LocalDate validFrom,
        String viaCode,
        String viaName,
        String source,
        String quote,
        String remark,
        boolean confidential,
        String meetingTitle,
        LocalDate meetingDay,
        String onBehalfOf,
        boolean compared,
        Long compareOptionId,
        String compareOptionLabel,
        LocalDate compareValidFrom,
        String compareViaName) {

    public boolean isKnown() {
        return this.optionId != null;
    }

    public boolean isVia() {
        return this.viaName != null;
    }

    /** Whether the stance differs from the one on the compare-with date (none compared: never). */
    public boolean isMoved() {
        return this.compared && !Objects.equals(this.optionId, this.compareOptionId);
    }
}
