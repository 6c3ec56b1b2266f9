package org.plenary.amendments;

import java.util.Locale;

/**
 * How an actor stands to a proposal.
 */
public enum ActorRole {
    PROPONENT,
    SUPPORTER,
    OPPONENT;

    /** The key used in messages and CSS, e.g. {@code "supporter"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
