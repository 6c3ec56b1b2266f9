package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator writes into a note: where it belongs (a date, optionally a round and a meeting), its title, the
 * organisation as written ("WIMN"), the Markdown body, tags, who may read it, and whether it is published.
 */
public record NoteContent(
        LocalDate date,
        Long roundId,
        Long meetingId,
        String title,
        String organisation,
        String body,
        List<String> tags,
        Visibility visibility,
        NoteStatus status) {

    public NoteContent {
        title = (title != null) ? title.strip() : "";
        organisation = (organisation == null || organisation.isBlank()) ? null : organisation.strip();
        body = (body != null) ? body.replace("\r\n", "\n") : "";
        tags = Tags.normalize(tags);
    }
}
