package org.plenary.web;

import java.util.Arrays;

/**
 * A rule of the model refused a change: a date range that ends before it starts, a published revision asked to
 * change, a name used twice. Carries the form field it concerns ({@code null} for the form as a whole), a message key
 * and its arguments, so that a page shows it next to the field ({@link FormErrors#reject(
 * org.springframework.validation.BindingResult, RuleException)}) and an API answers 400 with the message. Every module
 * throws this one type; one that no controller catches still answers 400, never 500.
 */
public class RuleException extends RuntimeException {

    private final String field;

    private final String messageKey;

    private final Object[] arguments;

    public RuleException(String field, String messageKey, Object... arguments) {
        super(messageKey + ((arguments.length > 0) ? " " + Arrays.toString(arguments) : ""));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The form field the rule concerns, or {@code null} when it concerns the whole form. */
    public String field() {
        return this.field;
    }

    public String messageKey() {
        return this.messageKey;
    }

    public Object[] arguments() {
        return this.arguments.clone();
    }
}
