package org.plenary.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a domain rule's failure on the form: next to its field when the form has that field, else at the top. The
 * one way a page turns a {@link RuleException} into what the user reads.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Refuses a form whose values could not even be converted (a hand-made request with "tomorrow" as a date): the
     * form record could not be built, so there is nothing to show again. Browsers' date and time inputs never send
     * such values.
     */
    public static void requireReadable(Object form) {
        if (form == null) {
            throw new BadRequestException("error.badForm", null);
        }
    }

    /** Shows the rule's message next to its field when the form has that field, else as an error of the form. */
    public static void reject(BindingResult result, RuleException ex) {
        Object target = result.getTarget();
        String field = ex.field();
        if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
            result.rejectValue(field, ex.messageKey(), ex.arguments(), null);
        } else {
            result.reject(ex.messageKey(), ex.arguments(), null);
        }
    }

    public static void reject(BindingResult result, String field, String messageKey) {
        reject(result, new RuleException(field, messageKey));
    }
}
