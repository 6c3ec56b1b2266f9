package org.plenary.notes;

import java.time.LocalDate;

/** What a list of notes is narrowed to; every part is optional. */
public record NoteFilter(Long roundId, LocalDate day, String tag, String author) {

    public NoteFilter {
        tag = (tag == null || tag.isBlank()) ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
        author = (author == null || author.isBlank()) ? null : author.strip();
    }

    public static NoteFilter none() {
        return new NoteFilter(null, null, null, null);
    }
}
