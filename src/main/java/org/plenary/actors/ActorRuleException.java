package org.plenary.actors;

/**
 * A rule of actors and groups was broken; carries the form field and a message key.
 */
class ActorRuleException extends RuntimeException {

    private final String field;

    private final String messageKey;

    ActorRuleException(String field, String messageKey) {
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
