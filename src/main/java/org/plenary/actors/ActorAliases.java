package org.plenary.actors;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActorAliases extends ListCrudRepository<ActorAlias, Long> {

    @Query("select new org.plenary.actors.AliasEntry(a.actor.id, a.alias, a.normalized, a.validFrom, a.validTo)"
            + " from ActorAlias a")
    List<AliasEntry> findAliasEntries();

    List<ActorAlias> findByActorIdOrderByAlias(Long actorId);

    boolean existsByActorIdAndNormalized(Long actorId, String normalized);
}
