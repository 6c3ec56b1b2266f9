package org.plenary.actors;

/** An alias as name resolution reads it. */
public record AliasEntry(Long actorId, String alias, String normalized) {}
