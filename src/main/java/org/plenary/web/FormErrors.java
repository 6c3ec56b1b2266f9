package org.plenary.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a domain rule's failure on the form: next to its field when the form has that field, else at the top.
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

    public static void reject(BindingResult result, String field, String messageKey) {
        Object target = result.getTarget();
        if (field != null && target != null && new BeanWrapperImpl(target).isReadableProperty(field)) {
            result.rejectValue(field, messageKey);
        } else {
            result.reject(messageKey);
        }
    }
}
