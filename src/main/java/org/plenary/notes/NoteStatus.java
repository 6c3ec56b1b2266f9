package org.plenary.notes;

/** A draft is seen by its author only; a published note by everyone its visibility admits. */
public enum NoteStatus {
    DRAFT,
    PUBLISHED
}
