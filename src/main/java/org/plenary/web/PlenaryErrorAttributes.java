package org.plenary.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds the request's correlation id to what error pages and JSON errors show, and the message of an error that a
 * filter answered before any controller ran (such as {@link NulCharacterFilter}): its key and argument for the page,
 * its English text for JSON clients.
 */
@Component
class PlenaryErrorAttributes extends DefaultErrorAttributes {

    /** Request attributes a filter sets before {@code sendError} to explain the error on the page. */
    static final String MESSAGE_KEY = "plenary.error.messageKey";

    static final String ARGUMENT = "plenary.error.argument";

    private final MessageSource messages;

    PlenaryErrorAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object id = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (id != null) {
            attributes.put("correlationId", id);
        }
        Object key = request.getAttribute(MESSAGE_KEY, RequestAttributes.SCOPE_REQUEST);
        if (key instanceof String messageKey) {
            Object argument = request.getAttribute(ARGUMENT, RequestAttributes.SCOPE_REQUEST);
            attributes.put("messageKey", messageKey);
            attributes.put("argument", argument);
            attributes.put(
                    "message",
                    this.messages.getMessage(messageKey, new Object[] {argument}, messageKey, Locale.ENGLISH));
        }
        return attributes;
    }
}
