package org.plenary.actors;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Another name an actor goes by in notes ("Luxemburg", "EU27", "AG"). Aliases are data that admins add.
 */
@Entity
class ActorAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor actor;

    private String alias;

    private String normalized;

    @Version
    private long version;

    protected ActorAlias() {}

    ActorAlias(Actor actor, String alias) {
        this.actor = actor;
        this.alias = alias.strip();
        this.normalized = NameResolver.normalize(alias);
    }

    public Long getId() {
        return this.id;
    }

    public Actor getActor() {
        return this.actor;
    }

    public String getAlias() {
        return this.alias;
    }

    public String getNormalized() {
        return this.normalized;
    }
}
