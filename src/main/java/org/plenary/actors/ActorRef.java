package org.plenary.actors;

/**
 * What other modules need to know of an actor.
 */
public record ActorRef(Long id, String code, String name, ActorKind kind, RegionalGroup regionalGroup, String iso2) {}
