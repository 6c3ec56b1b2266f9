package org.plenary.positions;

/**
 * A rule of positions was broken; carries the form field it concerns and a message key, so that pages show it as a
 * field error.
 */
public class PositionRuleException extends RuntimeException {

    private final String field;

    private final String messageKey;

    public PositionRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return this.field;
    }

    public String messageKey() {
        return this.messageKey;
    }
}
