package org.plenary.positions;

import org.plenary.web.RuleException;

/**
 * A rule of positions was broken; carries the form field it concerns, a message key and its arguments, so that pages
 * show it as a field error.
 */
public class PositionRuleException extends RuleException {

    public PositionRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
