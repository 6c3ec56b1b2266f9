package org.plenary.actors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A participant of negotiations. States carry their ISO 3166 alpha-3 code as {@code code}; other actors a short
 * code of their own ("EU27", "IOM").
 */
@Entity
class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private String name;

    private String officialName;

    private String iso2;

    private String m49;

    @Enumerated(EnumType.STRING)
    private RegionalGroup regionalGroup;

    /** The group this group was formed from (the EU 27 from the European Union), by id, with {@link #formedOn}. */
    private Long formedFromId;

    private java.time.LocalDate formedOn;

    @Version
    private long version;

    protected Actor() {}

    Actor(String code, ActorKind kind, String name) {
        this.code = code;
        this.kind = kind;
        this.name = name;
    }

    void update(String name, String officialName, ActorKind kind, String iso2, RegionalGroup regionalGroup) {
        this.name = name;
        this.officialName = officialName;
        this.kind = kind;
        this.iso2 = iso2;
        this.regionalGroup = regionalGroup;
    }

    /**
     * Records that this group was formed from another on a date (the EU 27 from the European Union on 12 March 2018),
     * or, with no parent, that it was not. Both must be groups, a group is not formed from itself, and the date is
     * required with a parent.
     */
    void formFrom(Actor parent, java.time.LocalDate on) {
        if (parent == null) {
            this.formedFromId = null;
            this.formedOn = null;
            return;
        }
        if (!isGroup()) {
            throw new org.plenary.web.RuleException("formedFrom", "admin.lineage.notAGroup");
        }
        if (!parent.isGroup()) {
            throw new org.plenary.web.RuleException("formedFrom", "admin.lineage.parentNotAGroup", parent.getName());
        }
        if (parent.getId().equals(this.id)) {
            throw new org.plenary.web.RuleException("formedFrom", "admin.lineage.self");
        }
        if (on == null) {
            throw new org.plenary.web.RuleException("formedOn", "admin.lineage.dateRequired");
        }
        this.formedFromId = parent.getId();
        this.formedOn = on;
    }

    public Long getFormedFromId() {
        return this.formedFromId;
    }

    public java.time.LocalDate getFormedOn() {
        return this.formedOn;
    }

    public boolean isGroup() {
        return this.kind == ActorKind.GROUP;
    }

    ActorRef ref() {
        return new ActorRef(this.id, this.code, this.name, this.kind, this.regionalGroup, this.iso2);
    }

    public Long getId() {
        return this.id;
    }

    public String getCode() {
        return this.code;
    }

    public ActorKind getKind() {
        return this.kind;
    }

    public String getName() {
        return this.name;
    }

    public String getOfficialName() {
        return this.officialName;
    }

    public String getIso2() {
        return this.iso2;
    }

    public String getM49() {
        return this.m49;
    }

    public RegionalGroup getRegionalGroup() {
        return this.regionalGroup;
    }

    public long getVersion() {
        return this.version;
    }
}
