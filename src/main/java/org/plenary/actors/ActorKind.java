package org.plenary.actors;

/**
 * What sort of actor this is.
 */
public enum ActorKind {
    STATE,
    OBSERVER_STATE,
    GROUP,
    UN_BODY,
    CIVIL_SOCIETY,
    OTHER;

    public boolean isState() {
        return this == STATE || this == OBSERVER_STATE;
    }
}
