package org.plenary.drafts;

/**
 * A rule of the drafts model was broken (a published revision asked to change, a revision dated before the latest
 * one, a label used twice). Carries the form field it concerns and a message key with an argument, so a controller
 * can show it next to the field instead of failing.
 */
public class DraftRuleException extends RuntimeException {

    private final String field;

    private final String messageKey;

    private final Object argument;

    DraftRuleException(String field, String messageKey, Object argument) {
        super(messageKey + ": " + argument);
        this.field = field;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String field() {
        return this.field;
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object argument() {
        return this.argument;
    }
}
