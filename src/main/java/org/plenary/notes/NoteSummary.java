package org.plenary.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A note as lists show it: where it belongs (with the calendar's names), who wrote it, its excerpt and tags. No body.
 */
public record NoteSummary(
        Long id,
        Long processId,
        LocalDate date,
        Long roundId,
        String roundName,
        Long meetingId,
        String meetingTitle,
        boolean chathamHouse,
        String title,
        String author,
        String organisation,
        String excerpt,
        List<String> tags,
        Visibility visibility,
        NoteStatus status,
        Instant updatedAt) {

    public boolean draft() {
        return this.status == NoteStatus.DRAFT;
    }
}
