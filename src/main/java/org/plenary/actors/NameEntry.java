package org.plenary.actors;

/**
 * One way an actor is written, for modules that recognise names in running text: its name, official name, code, ISO
 * alpha-2 code or an alias. {@code kind} tells which, since codes count only where written in capitals.
 */
public record NameEntry(Long actorId, String text, Kind kind) {

    public enum Kind {
        ALIAS,
        NAME,
        CODE,
        ISO2
    }
}
