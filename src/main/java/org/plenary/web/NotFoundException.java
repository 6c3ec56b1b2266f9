package org.plenary.web;

/**
 * Something a URL names does not exist. Answered with 404 and the message {@code messageKey} filled with
 * {@code argument}.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    private final Object argument;

    public NotFoundException(String messageKey, Object argument) {
        super(messageKey + ": " + argument);
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
