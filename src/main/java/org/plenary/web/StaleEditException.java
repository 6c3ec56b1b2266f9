package org.plenary.web;

/**
 * An edit form was opened on an older version of a record than the one now saved: someone else saved in between.
 * Controllers answer it with the conflict page, keeping what the user typed.
 */
public class StaleEditException extends RuntimeException {

    private final long currentVersion;

    public StaleEditException(long expectedVersion, long currentVersion) {
        super("Edited version " + expectedVersion + " but version " + currentVersion + " is saved");
        this.currentVersion = currentVersion;
    }

    /** Refuses the edit when the version the form was opened on is not the saved one. */
    public static void check(long formVersion, long savedVersion) {
        if (formVersion != savedVersion) {
            throw new StaleEditException(formVersion, savedVersion);
        }
    }

    public long currentVersion() {
        return this.currentVersion;
    }
}
