package org.plenary.amendments.outcome;

/**
 * The words a proposal targets do not occur in its paragraph (or it brings no words where it must).
 */
public class TargetNotFoundException extends IllegalArgumentException {

    private final String target;

    private final boolean inWords;

    /**
     * @param target the words looked for
     * @param message what is wrong
     * @param inWords whether the new words are what is missing (rather than the target)
     */
    public TargetNotFoundException(String target, String message, boolean inWords) {
        super(message);
        this.target = target;
        this.inWords = inWords;
    }

    /** Whether the proposal brings no words where it must (rather than targeting words that are not there). */
    public boolean inWords() {
        return this.inWords;
    }

    /** The words looked for. */
    public String target() {
        return this.target;
    }
}
