package org.plenary.actors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actors module's API for other modules: find actors and the members of groups at a date.
 */
@Service
@Transactional(readOnly = true)
public class ActorDirectory {

    private final Actors actors;

    private final Memberships memberships;

    ActorDirectory(Actors actors, Memberships memberships) {
        this.actors = actors;
        this.memberships = memberships;
    }

    public Optional<ActorRef> find(String code) {
        return this.actors.findByCodeIgnoreCase(code).map(Actor::ref);
    }

    public List<ActorRef> all() {
        return this.actors.findAll().stream().map(Actor::ref).toList();
    }

    /** The actors with these ids, by name, one query. */
    public List<ActorRef> findAll(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : this.actors.findAllById(ids).stream()
                        .map(Actor::ref)
                        .sorted(java.util.Comparator.comparing(ActorRef::name))
                        .toList();
    }

    /** The memberships of the given groups valid on the date, one query. */
    public List<MembershipRow> membersOn(Collection<Long> groupIds, LocalDate date) {
        return groupIds.isEmpty() ? List.of() : this.memberships.findMembersOn(groupIds, date);
    }
}
