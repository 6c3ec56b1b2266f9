package org.plenary.interventions;

import java.time.LocalDate;

/**
 * An intervention as a form or the demo gives it, names as written.
 *
 * @param speaker who spoke, as written ("Austria", "EU27", "CH"); a group when no spokesperson is known
 * @param onBehalfOf the group spoken for, as written, or blank
 * @param spokenOn the day; taken from the meeting when blank
 * @param meetingId the meeting, or {@code null}
 * @param kind what it did
 * @param nodeId the paragraph of a revision it was about, or {@code null}
 * @param textPart the part of the text written freely ("Objective 13"), when no paragraph is given
 * @param issueId the issue it bears on, or {@code null}
 * @param summary what was said, in a sentence (required)
 * @param quote the words heard, or blank
 * @param noteId the note it came from, or {@code null}
 * @param source a written source, or blank (a note or a source is required)
 */
public record InterventionDraft(
        String speaker,
        String onBehalfOf,
        LocalDate spokenOn,
        Long meetingId,
        InterventionKind kind,
        Long nodeId,
        String textPart,
        Long issueId,
        String summary,
        String quote,
        Long noteId,
        String source) {

    public InterventionDraft {
        speaker = blankToNull(speaker);
        onBehalfOf = blankToNull(onBehalfOf);
        textPart = blankToNull(textPart);
        summary = blankToNull(summary);
        quote = blankToNull(quote);
        source = blankToNull(source);
    }

    /**
     * The rules an intervention keeps on its own, before any name is looked up: a summary, a kind, evidence.
     * @throws InterventionRuleException naming the first field that breaks one
     */
    void check() {
        if (this.speaker == null) {
            throw new InterventionRuleException("speaker", "intervention.speaker.required");
        }
        if (this.kind == null) {
            throw new InterventionRuleException("kind", "intervention.kind.required");
        }
        if (this.summary == null) {
            throw new InterventionRuleException("summary", "intervention.summary.required");
        }
        if (this.noteId == null && this.source == null) {
            throw new InterventionRuleException("source", "intervention.evidence.required");
        }
        if (this.spokenOn == null && this.meetingId == null) {
            throw new InterventionRuleException("spokenOn", "intervention.spokenOn.required");
        }
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }
}
