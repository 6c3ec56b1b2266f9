package org.plenary.web;

/**
 * A request whose parameters cannot be understood, such as a malformed date. Answered with 400.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;

    private final Object argument;

    public BadRequestException(String messageKey, Object argument) {
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
