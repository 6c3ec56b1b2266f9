package org.plenary.amendments;

import java.time.LocalDate;

/**
 * An actor's stand on a proposal, as a form gives it: who spoke (and for which group), when, and the evidence.
 *
 * @param speaker the name of the actor who spoke, as written ("Austria", "EU27", "CH")
 * @param onBehalfOf the group spoken for, as written, or blank: the group is then the proposer and the speaker its
 * spokesperson
 * @param role proponent, supporter or opponent
 * @param statedOn the date
 * @param meetingId the meeting where it was said, or {@code null}
 * @param source a written source ("Round 2 daily update, 14 March 2018"), or blank
 * @param quote the words heard, or blank
 * @param noteId the daily note it comes from, or {@code null}: the note gives the meeting and the written source (see
 * {@link AmendmentRecorder})
 */
public record StatementDraft(
        String speaker,
        String onBehalfOf,
        ActorRole role,
        LocalDate statedOn,
        Long meetingId,
        String source,
        String quote,
        Long noteId) {

    /** A statement that cites no note. */
    public StatementDraft(
            String speaker,
            String onBehalfOf,
            ActorRole role,
            LocalDate statedOn,
            Long meetingId,
            String source,
            String quote) {
        this(speaker, onBehalfOf, role, statedOn, meetingId, source, quote, null);
    }

    public StatementDraft {
        speaker = blankToNull(speaker);
        onBehalfOf = blankToNull(onBehalfOf);
        source = blankToNull(source);
        quote = blankToNull(quote);
    }

    boolean hasEvidence() {
        return this.meetingId != null || this.source != null || this.quote != null || this.noteId != null;
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }
}
