package org.plenary.notes;

/**
 * One note as its page shows it: the summary, the body as safe HTML and as written, the version an edit starts from,
 * how many times it was saved, and whether this reader may edit it.
 */
public record NoteView(NoteSummary note, String html, String markdown, long version, int revisions, boolean editable) {}
