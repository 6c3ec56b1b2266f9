package org.plenary.notes;

/** Who may read a published note. */
public enum Visibility {

    /** Anyone, signed in or not. */
    PUBLIC,

    /** Signed-in users. */
    MEMBERS,

    /** Coordinators (and administrators). */
    COORDINATORS;

    /** Whether a reader of this kind may read a note of this visibility. */
    public boolean readableBy(NoteReader.Viewer viewer) {
        return switch (this) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.member();
            case COORDINATORS -> viewer.coordinator();
        };
    }
}
