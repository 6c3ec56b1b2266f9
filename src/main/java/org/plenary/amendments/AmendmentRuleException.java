package org.plenary.amendments;

import org.plenary.web.RuleException;

/**
 * A proposal refused by a rule (its words are not in the paragraph, a name is not recognised, ...), with the form
 * field and message it concerns.
 */
public class AmendmentRuleException extends RuleException {

    public AmendmentRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
