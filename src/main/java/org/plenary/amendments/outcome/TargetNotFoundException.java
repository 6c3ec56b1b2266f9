package org.plenary.amendments.outcome;

/**
 * The words a proposal targets do not occur in its paragraph (or it brings no words where it must).
 */
public class TargetNotFoundException extends IllegalArgumentException {

    private final String target;

    /**
     * @param target the words looked for
     * @param message what is wrong
     */
    public TargetNotFoundException(String target, String message) {
        super(message);
        this.target = target;
    }

    /** The words looked for. */
    public String target() {
        return this.target;
    }
}
