package org.plenary.actors;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * The writes of the actor admin screens, each in one transaction. The rules of memberships and spokespersons live on
 * the entities ({@link RuleException}); this class resolves codes to actors and checks that an edit starts from
 * the saved version.
 */
@Component
@Transactional
class ActorAdministration {

    private final Actors actors;

    private final ActorAliases aliases;

    private final Memberships memberships;

    private final Spokespersons spokespersons;

    private final SpokespersonMeetings meetings;

    private final ApplicationEventPublisher events;

    ActorAdministration(
            Actors actors,
            ActorAliases aliases,
            Memberships memberships,
            Spokespersons spokespersons,
            SpokespersonMeetings meetings,
            ApplicationEventPublisher events) {
        this.actors = actors;
        this.aliases = aliases;
        this.memberships = memberships;
        this.spokespersons = spokespersons;
        this.meetings = meetings;
        this.events = events;
    }

    Actor create(NewActorForm form) {
        if (this.actors.existsByCodeIgnoreCase(form.code())) {
            throw new RuleException("code", "admin.actor.code.taken");
        }
        refuseNamesOfOthers(null, form.name(), form.iso2());
        Actor actor = new Actor(form.code(), form.kind(), form.name().strip());
        actor.update(form.name().strip(), form.officialName(), form.kind(), form.iso2(), form.regionalGroup());
        this.events.publishEvent(new ActorNamesChanged());
        return this.actors.save(actor);
    }

    void update(String code, ActorForm form) {
        Actor actor = actor(code);
        StaleEditException.check(form.version(), actor.getVersion());
        if (actor.isGroup() && form.kind() != ActorKind.GROUP && hasMembersOrSpokespersons(actor)) {
            throw new RuleException("kind", "admin.actor.kind.groupInUse");
        }
        refuseNamesOfOthers(actor.getId(), form.name(), form.iso2());
        actor.update(form.name().strip(), form.officialName(), form.kind(), form.iso2(), form.regionalGroup());
        this.events.publishEvent(new ActorNamesChanged());
    }

    /**
     * Adds an alias, for a period when given. Refused when it is empty, already this actor's, another actor's name, or
     * another actor's alias for a period that overlaps this one: at any date a name stands for one actor.
     */
    void addAlias(String code, String alias, LocalDate validFrom, LocalDate validTo) {
        Actor actor = actor(code);
        String normalized = NameResolver.normalize(alias);
        if (normalized.isEmpty()) {
            throw new RuleException("alias", "admin.alias.empty");
        }
        ActorAlias.period(validFrom, validTo);
        if (this.aliases.existsByActorIdAndNormalized(actor.getId(), normalized)) {
            throw new RuleException("alias", "admin.alias.duplicate");
        }
        for (Actor other : this.actors.findAll()) {
            if (!other.getId().equals(actor.getId()) && normalized.equals(NameResolver.normalize(other.getName()))) {
                throw new RuleException("alias", "admin.alias.nameOfOther", other.getName(), other.getCode());
            }
        }
        for (AliasEntry other : this.aliases.findAliasEntries()) {
            if (!other.actorId().equals(actor.getId())
                    && normalized.equals(other.normalized())
                    && other.overlaps(validFrom, validTo)) {
                throw new RuleException("alias", "admin.alias.aliasOfOther", codeOf(other.actorId()));
            }
        }
        this.aliases.save(new ActorAlias(actor, alias, validFrom, validTo));
        this.events.publishEvent(new ActorNamesChanged());
    }

    void removeAlias(String code, Long aliasId) {
        Actor actor = actor(code);
        ActorAlias alias = this.aliases
                .findById(aliasId)
                .filter(a -> a.getActor().getId().equals(actor.getId()))
                .orElseThrow(() -> new NotFoundException("admin.alias.notFound", aliasId));
        this.aliases.delete(alias);
        this.events.publishEvent(new ActorNamesChanged());
    }

    /** Records the group this group was formed from and when (the EU 27 from the European Union), or clears it. */
    void formFrom(String groupCode, GroupOriginForm form) {
        Actor group = actor(groupCode);
        StaleEditException.check(form.version(), group.getVersion());
        String parentCode = (form.formedFrom() != null) ? form.formedFrom().strip() : "";
        Actor parent = parentCode.isEmpty()
                ? null
                : this.actors
                        .findByCodeIgnoreCase(parentCode)
                        .orElseThrow(() -> new RuleException("formedFrom", "admin.actor.unknown"));
        group.formFrom(parent, form.formedOn());
    }

    void addMember(String groupCode, MembershipForm form) {
        Actor group = actor(groupCode);
        Actor member = this.actors
                .findByCodeIgnoreCase(form.member().strip())
                .orElseThrow(() -> new RuleException("member", "admin.actor.unknown"));
        GroupMembership membership = new GroupMembership(group, member, form.validFrom(), form.validTo());
        membership.refuseOverlapWith(this.memberships.findBetween(group.getId(), member.getId()));
        this.memberships.save(membership);
    }

    void changePeriod(String groupCode, Long id, MembershipPeriodForm form) {
        GroupMembership membership = membership(groupCode, id);
        StaleEditException.check(form.version(), membership.getVersion());
        membership.changePeriod(form.validFrom(), form.validTo());
        membership.refuseOverlapWith(this.memberships.findBetween(
                membership.getGroup().getId(), membership.getMember().getId()));
    }

    void endMembership(String groupCode, Long id, EndMembershipForm form) {
        GroupMembership membership = membership(groupCode, id);
        StaleEditException.check(form.version(), membership.getVersion());
        membership.end(form.on());
    }

    void removeMembership(String groupCode, Long id) {
        this.memberships.delete(membership(groupCode, id));
    }

    void addSpokesperson(String groupCode, SpokespersonForm form) {
        Actor group = actor(groupCode);
        Actor speaker = this.actors
                .findByCodeIgnoreCase(form.actor().strip())
                .orElseThrow(() -> new RuleException("actor", "admin.actor.unknown"));
        if (form.meetingId() != null && !this.meetings.exists(form.meetingId())) {
            throw new RuleException("meetingId", "admin.spokesperson.meeting.unknown");
        }
        this.spokespersons.save(new Spokesperson(group, speaker, form.validFrom(), form.validTo(), form.meetingId()));
    }

    void removeSpokesperson(String groupCode, Long id) {
        Actor group = actor(groupCode);
        Spokesperson spokesperson = this.spokespersons
                .findById(id)
                .filter(s -> s.getGroup().getId().equals(group.getId()))
                .orElseThrow(() -> new NotFoundException("admin.spokesperson.notFound", id));
        this.spokespersons.delete(spokesperson);
    }

    @Transactional(readOnly = true)
    MembershipPeriodForm periodForm(String groupCode, Long id) {
        return MembershipPeriodForm.of(membership(groupCode, id));
    }

    @Transactional(readOnly = true)
    long membershipVersion(String groupCode, Long id) {
        return membership(groupCode, id).getVersion();
    }

    /**
     * Name resolution needs every name to point at one actor: refuses a name that another actor has as its name or as
     * an alias or an official name (compared as the resolver compares them: ignoring case, accents, spaces, punctuation, a leading "the"),
     * and an ISO alpha-2 code another actor has. The database holds the same for names (case-insensitive) and codes.
     */
    private void refuseNamesOfOthers(Long self, String name, String iso2) {
        String normalized = NameResolver.normalize(name);
        for (Actor other : this.actors.findAll()) {
            if (other.getId().equals(self)) {
                continue;
            }
            if (normalized.equals(NameResolver.normalize(other.getName()))
                    || normalized.equals(NameResolver.normalize(other.getOfficialName()))) {
                throw new RuleException("name", "admin.actor.name.taken", other.getName(), other.getCode());
            }
            if (iso2 != null && iso2.equalsIgnoreCase(other.getIso2())) {
                throw new RuleException("iso2", "admin.actor.iso2.taken", other.getName(), other.getCode());
            }
        }
        for (AliasEntry alias : this.aliases.findAliasEntries()) {
            if (!alias.actorId().equals(self) && normalized.equals(alias.normalized())) {
                throw new RuleException("name", "admin.actor.name.anAlias", alias.alias(), codeOf(alias.actorId()));
            }
        }
    }

    private String codeOf(Long actorId) {
        return this.actors.findById(actorId).map(Actor::getCode).orElse("?");
    }

    private boolean hasMembersOrSpokespersons(Actor group) {
        return !this.memberships.findAllOfGroup(group.getId()).isEmpty()
                || !this.spokespersons.findOfGroup(group.getId()).isEmpty();
    }

    private Actor actor(String code) {
        return this.actors.findByCodeIgnoreCase(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
    }

    private GroupMembership membership(String groupCode, Long id) {
        Actor group = actor(groupCode);
        return this.memberships
                .findById(id)
                .filter(m -> m.getGroup().getId().equals(group.getId()))
                .orElseThrow(() -> new NotFoundException("admin.membership.notFound", id));
    }
}
