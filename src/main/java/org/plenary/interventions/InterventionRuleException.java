package org.plenary.interventions;

import org.plenary.web.RuleException;

/** An intervention refused by a rule (no summary, no evidence, an unknown name, ...), with its field and message. */
public class InterventionRuleException extends RuleException {

    public InterventionRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
