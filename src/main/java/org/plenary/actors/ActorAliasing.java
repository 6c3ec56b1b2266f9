package org.plenary.actors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Adding an alias from another module's screen (the line-up review of a note: an unresolved name becomes an alias of
 * the actor the admin picked). Admins only, with the same rules as the actor admin screen ({@link
 * org.plenary.web.RuleException} on field {@code alias} when the name is empty, already this actor's, or another
 * actor's name or alias); the name dictionary is rebuilt after the change ({@link ActorNamesChanged}).
 */
@Service
public class ActorAliasing {

    private final ActorAdministration administration;

    ActorAliasing(ActorAdministration administration) {
        this.administration = administration;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void addAlias(String code, String alias) {
        this.administration.addAlias(code, alias, null, null);
    }
}
