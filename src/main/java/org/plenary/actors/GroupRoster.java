package org.plenary.actors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a group and who speaks for it at a date, for modules that check a statement made "on behalf of" a
 * group (interventions) or compare a member with its group. One query per call.
 */
@Service
@Transactional(readOnly = true)
public class GroupRoster {

    /**
     * The memberships of a group or of a member, whatever their period, and the actors left out when a group was formed
     * from another (for a group: those left out of it; for a member: the groups formed without it).
     */
    public record Roster(List<MembershipRow> memberships, List<LeftOut> leftOut) {}

    private final Spokespersons spokespersons;

    private final Memberships memberships;

    private final GroupLineage lineage;

    GroupRoster(Spokespersons spokespersons, Memberships memberships, GroupLineage lineage) {
        this.spokespersons = spokespersons;
        this.memberships = memberships;
        this.lineage = lineage;
    }

    /**
     * The actors named to speak for the group at the date: for a period that holds it, or for that meeting (a
     * spokesperson named for a meeting only counts at that meeting).
     */
    public List<ActorRef> spokespersonsOn(Long groupId, LocalDate date, Long meetingId) {
        return this.spokespersons.findOfGroup(groupId).stream()
                .filter((s) -> s.meetingId() == null || s.meetingId().equals(meetingId))
                .filter((s) -> (s.validFrom() == null || !s.validFrom().isAfter(date))
                        && (s.validTo() == null || !s.validTo().isBefore(date)))
                .map((s) -> new ActorRef(s.actorId(), s.actorCode(), s.actorName(), null, null, null))
                .distinct()
                .toList();
    }

    /** The members of these groups at the date (each row names its group), by name. */
    public List<MembershipRow> membersOn(Collection<Long> groupIds, LocalDate date) {
        return groupIds.isEmpty() ? List.of() : this.memberships.findMembersOn(groupIds, date);
    }

    /**
     * For a group, its memberships and the members of the group it was formed from who were left out of it on that day
     * (Hungary for the EU 27); for any other actor, its memberships and the groups formed without it from a group it
     * belonged to. One query either way, whatever the data.
     */
    public Roster rosterOf(ActorRef actor) {
        return (actor.kind() == ActorKind.GROUP) ? this.lineage.ofGroup(actor.id()) : this.lineage.ofMember(actor.id());
    }
}
