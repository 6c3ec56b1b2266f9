package org.plenary.positions;

import java.time.LocalDate;

/**
 * One recorded position of an actor, for its timeline: superseded, retracted and current ones alike.
 */
public record PositionHistoryRow(
        Long positionId,
        String issueSlug,
        String issueTitle,
        Long optionId,
        String optionKey,
        String optionLabel,
        String colour,
        LocalDate validFrom,
        String source,
        String quote,
        String remark,
        String onBehalfOf,
        Long meetingId,
        String meetingTitle,
        LocalDate meetingDay,
        boolean confidential,
        boolean retracted,
        String recordedBy,
        long version) {

    /** The evidence in one line, as the API gives it (a Chatham House meeting is only named to signed-in readers). */
    public String evidenceText() {
        StringBuilder text = new StringBuilder();
        append(text, this.source);
        if (this.meetingTitle != null) {
            append(text, this.meetingTitle + ((this.meetingDay != null) ? " (" + this.meetingDay + ")" : ""));
        }
        if (this.onBehalfOf != null) {
            append(text, "on behalf of " + this.onBehalfOf);
        }
        if (this.quote != null) {
            append(text, "\u201c" + this.quote + "\u201d");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            text.append(text.isEmpty() ? "" : "; ").append(part);
        }
    }
}
