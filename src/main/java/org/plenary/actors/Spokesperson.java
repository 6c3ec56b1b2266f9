package org.plenary.actors;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * Who speaks for a group, for a period or for one meeting ("Austria on behalf of the EU 27").
 */
@Entity
class Spokesperson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor actor;

    private LocalDate validFrom;

    private LocalDate validTo;

    private Long meetingId;

    @Version
    private long version;

    protected Spokesperson() {}

    Spokesperson(Actor group, Actor actor, LocalDate validFrom, LocalDate validTo, Long meetingId) {
        if (!group.isGroup()) {
            throw new RuleException("group", "membership.notAGroup");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleException("validTo", "validity.order");
        }
        this.group = group;
        this.actor = actor;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.meetingId = meetingId;
    }

    Long getId() {
        return this.id;
    }

    Actor getGroup() {
        return this.group;
    }

    Actor getActor() {
        return this.actor;
    }

    LocalDate getValidFrom() {
        return this.validFrom;
    }

    LocalDate getValidTo() {
        return this.validTo;
    }

    Long getMeetingId() {
        return this.meetingId;
    }
}
