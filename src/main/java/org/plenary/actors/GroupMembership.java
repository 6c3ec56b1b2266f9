package org.plenary.actors;

import java.time.LocalDate;
import java.util.Collection;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * An actor's membership of a group for a period (inclusive; open ends allowed). The EU negotiated as "EU 27",
 * without Hungary, from 12 March 2018.
 */
@Entity
class GroupMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor member;

    private LocalDate validFrom;

    private LocalDate validTo;

    @Version
    private long version;

    protected GroupMembership() {}

    GroupMembership(Actor group, Actor member, LocalDate validFrom, LocalDate validTo) {
        if (!group.isGroup()) {
            throw new RuleException("group", "membership.notAGroup");
        }
        if (group.getId() != null && group.getId().equals(member.getId())) {
            throw new RuleException("member", "membership.self");
        }
        this.group = group;
        this.member = member;
        changePeriod(validFrom, validTo);
    }

    void changePeriod(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleException("validTo", "validity.order");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Ends the membership on the given day (inclusive). */
    void end(LocalDate on) {
        changePeriod(this.validFrom, on);
    }

    /**
     * Refuses a period that overlaps another membership of the same member in the same group: one membership per
     * pair at any date, so "members on a date" never lists an actor twice.
     */
    void refuseOverlapWith(Collection<GroupMembership> samePair) {
        for (GroupMembership other : samePair) {
            if (other != this
                    && (this.id == null || !this.id.equals(other.id))
                    && validity().overlaps(other.validity())) {
                throw new RuleException("validFrom", "membership.overlap");
            }
        }
    }

    Validity validity() {
        return new Validity(this.validFrom, this.validTo);
    }

    Long getId() {
        return this.id;
    }

    Actor getGroup() {
        return this.group;
    }

    Actor getMember() {
        return this.member;
    }

    LocalDate getValidFrom() {
        return this.validFrom;
    }

    LocalDate getValidTo() {
        return this.validTo;
    }

    long getVersion() {
        return this.version;
    }
}
