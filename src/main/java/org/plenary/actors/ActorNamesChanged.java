package org.plenary.actors;

/**
 * An actor's name, official name, code or ISO code, or one of its aliases, was added or changed: whatever a module
 * built from the names (a dictionary of names to recognise in notes) is out of date.
 */
public record ActorNamesChanged() {}
