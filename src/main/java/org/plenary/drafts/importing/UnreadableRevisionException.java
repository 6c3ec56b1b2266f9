package org.plenary.drafts.importing;

/**
 * An uploaded or pasted revision cannot be read (wrong type, empty, too large, a broken .docx). Carries a message
 * key and an argument for the form.
 */
public class UnreadableRevisionException extends RuntimeException {

    private final String messageKey;

    private final Object argument;

    UnreadableRevisionException(String messageKey, Object argument, Throwable cause) {
        super(messageKey + ": " + argument, cause);
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object argument() {
        return this.argument;
    }
}
