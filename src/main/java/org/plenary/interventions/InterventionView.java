package org.plenary.interventions;

import java.time.LocalDate;

import org.plenary.actors.ActorRef;
import org.plenary.process.MeetingRef;

/**
 * One intervention as pages and the API show it. Under the Chatham House rule and to an anonymous reader,
 * {@code actor} and {@code onBehalfOf} are {@code null} and {@code speakerHidden} is true.
 *
 * @param meeting the meeting, or {@code null}
 * @param onBehalfOf the group spoken for, or {@code null}
 * @param issue the issue it bears on, or {@code null}
 * @param paragraph the paragraph of a revision, or {@code null} (then {@code textPart} may name the part)
 * @param noteTitle the title of the note it came from, when the reader may read that note
 */
public record InterventionView(
        Long id,
        Long processId,
        String processSlug,
        LocalDate day,
        MeetingRef meeting,
        ActorRef actor,
        ActorRef onBehalfOf,
        InterventionKind kind,
        IssueRef issue,
        Paragraph paragraph,
        String textPart,
        String summary,
        String quote,
        Long noteId,
        String noteTitle,
        String source,
        String createdBy,
        long version,
        boolean speakerHidden) {

    /** The issue an intervention bears on. */
    public record IssueRef(Long id, String slug, String title) {}

    /** The paragraph an intervention was about: its revision, node and lineage, and a short name. */
    public record Paragraph(Long revisionId, String revisionLabel, Long nodeId, Long lineageId, String name) {}

    /** The part of the text in words: the paragraph's name in its revision, or the free text, or {@code null}. */
    public String part() {
        if (this.paragraph != null) {
            return this.paragraph.name() + " (" + this.paragraph.revisionLabel() + ")";
        }
        return this.textPart;
    }

    public boolean chathamHouse() {
        return this.meeting != null && this.meeting.chathamHouse();
    }
}
