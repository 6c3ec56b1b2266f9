package org.plenary.positions;

import jakarta.persistence.Embeddable;

/**
 * What a position rests on: the meeting where it was heard, a source (a daily note, a document), a quote, and the
 * group it was stated on behalf of. Any part may be missing, but not all of them. Under the Chatham House rule what
 * was said may be used, but not who said it: a position whose only evidence is such a meeting (no written source) is
 * never shown to the public; the line-up and matrix SQL applies that rule ({@link LineupReader#STANCES}).
 *
 * @param meetingId the meeting, by id (process module)
 * @param source "Round 2 daily update, 12 March 2018"
 * @param quote the words heard
 * @param onBehalfOfId the group spoken for, by id (actors module)
 */
@Embeddable
public record Evidence(Long meetingId, String source, String quote, Long onBehalfOfId) {

    public Evidence {
        source = blankToNull(source);
        quote = blankToNull(quote);
    }

    public boolean isEmpty() {
        return this.meetingId == null && this.source == null && this.quote == null;
    }

    private static String blankToNull(String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }
}
