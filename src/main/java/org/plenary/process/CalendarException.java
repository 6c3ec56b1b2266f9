package org.plenary.process;

/**
 * A calendar rule was broken (a date range ending before it starts, a day outside its round). Carries the form
 * field it concerns and a message key, so a controller can show it next to the field.
 */
class CalendarException extends RuntimeException {

    private final String field;

    private final String messageKey;

    CalendarException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return this.field;
    }

    String messageKey() {
        return this.messageKey;
    }
}
