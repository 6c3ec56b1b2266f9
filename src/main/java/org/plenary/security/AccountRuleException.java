package org.plenary.security;

/**
 * A rule of accounts was broken; carries the form field and a message key.
 */
class AccountRuleException extends RuntimeException {

    private final String field;

    private final String messageKey;

    AccountRuleException(String field, String messageKey) {
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
