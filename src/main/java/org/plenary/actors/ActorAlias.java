package org.plenary.actors;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * Another name an actor goes by in notes ("Luxemburg", "EU27", "AG"). Aliases are data that admins add. An alias may
 * hold for a period only (both ends inclusive, open when missing), because names change meaning: from 12 March 2018 a
 * brief's "EU" is the EU 27 negotiating without Hungary.
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

    private LocalDate validFrom;

    private LocalDate validTo;

    @Version
    private long version;

    protected ActorAlias() {}

    ActorAlias(Actor actor, String alias, LocalDate validFrom, LocalDate validTo) {
        Validity validity = period(validFrom, validTo);
        this.actor = actor;
        this.alias = alias.strip();
        this.normalized = NameResolver.normalize(alias);
        this.validFrom = validity.from();
        this.validTo = validity.to();
    }

    /** The period, refused ({@code validTo} field) when it ends before it starts. */
    static Validity period(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new org.plenary.web.RuleException("validTo", "validity.order");
        }
        return new Validity(validFrom, validTo);
    }

    Validity validity() {
        return new Validity(this.validFrom, this.validTo);
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

    public LocalDate getValidFrom() {
        return this.validFrom;
    }

    public LocalDate getValidTo() {
        return this.validTo;
    }
}
