package org.plenary.actors;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actors module's API for other modules: find actors by code or id, list the groups.
 */
@Service
@Transactional(readOnly = true)
public class ActorDirectory {

    private final Actors actors;

    ActorDirectory(Actors actors) {
        this.actors = actors;
    }

    public Optional<ActorRef> find(String code) {
        return this.actors.findByCodeIgnoreCase(code).map(Actor::ref);
    }

    public Optional<ActorRef> find(Long id) {
        return this.actors.findById(id).map(Actor::ref);
    }

    /** The groups (actors of kind {@link ActorKind#GROUP}), by name. */
    public List<ActorRef> groups() {
        return this.actors.findByKindOrderByName(ActorKind.GROUP).stream()
                .map(Actor::ref)
                .toList();
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
}
