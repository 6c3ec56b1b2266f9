package org.plenary.actors;

import java.util.List;

/**
 * What a written name turned out to be. A resolved group carries its members valid at the date asked for.
 */
public record Resolution(
        String input, Status status, ActorRef actor, List<ActorRef> candidates, List<ActorRef> members) {

    public enum Status {
        RESOLVED,
        AMBIGUOUS,
        UNKNOWN
    }

    static Resolution resolved(String input, ActorRef actor) {
        return new Resolution(input, Status.RESOLVED, actor, List.of(actor), List.of());
    }

    static Resolution ambiguous(String input, List<ActorRef> candidates) {
        return new Resolution(input, Status.AMBIGUOUS, null, List.copyOf(candidates), List.of());
    }

    static Resolution unknown(String input) {
        return new Resolution(input, Status.UNKNOWN, null, List.of(), List.of());
    }

    Resolution withMembers(List<ActorRef> members) {
        return new Resolution(this.input, this.status, this.actor, this.candidates, List.copyOf(members));
    }

    public boolean isResolved() {
        return this.status == Status.RESOLVED;
    }
}
