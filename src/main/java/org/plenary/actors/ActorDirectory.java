package org.plenary.actors;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actors module's API for other modules: find actors by code or id, list the groups, tell who may speak for a
 * group.
 */
@Service
@Transactional(readOnly = true)
public class ActorDirectory {

    private final Actors actors;

    private final Spokespersons spokespersons;

    ActorDirectory(Actors actors, Spokespersons spokespersons) {
        this.actors = actors;
        this.spokespersons = spokespersons;
    }

    /**
     * Whether a state may speak "on behalf of" a group on a date: it is a member of the group then, or its spokesperson
     * then (a spokesperson for one meeting only at that meeting). One query.
     * @param meetingId the meeting it spoke at, or {@code null}
     */
    public boolean speaksFor(Long speakerId, Long groupId, java.time.LocalDate on, Long meetingId) {
        return this.spokespersons.speaksFor(speakerId, groupId, on, meetingId);
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
