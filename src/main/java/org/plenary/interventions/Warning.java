package org.plenary.interventions;

import java.util.List;

/**
 * Something about an intervention a coordinator should look at, which does not stop it being recorded ("Italy is not
 * the EU 27's spokesperson on 15 March 2018"): a message key and its arguments.
 */
public record Warning(String messageKey, List<Object> arguments) {

    public Object[] args() {
        return this.arguments.toArray();
    }
}
