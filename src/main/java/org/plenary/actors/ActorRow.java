package org.plenary.actors;

/** A line of the actors list. */
public record ActorRow(Long id, String code, String name, ActorKind kind, RegionalGroup regionalGroup) {}
