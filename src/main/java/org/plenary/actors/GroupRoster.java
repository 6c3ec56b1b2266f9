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

    private final Spokespersons spokespersons;

    private final Memberships memberships;

    GroupRoster(Spokespersons spokespersons, Memberships memberships) {
        this.spokespersons = spokespersons;
        this.memberships = memberships;
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

    /** Every membership of a group, whatever its period: its members and when they belonged. */
    public List<MembershipRow> membershipsIn(Long groupId) {
        return this.memberships.findAllOfGroup(groupId);
    }

    /** Every membership of an actor, whatever its period: the groups it belonged to and when. */
    public List<MembershipRow> membershipsOf(Long memberId) {
        return this.memberships.findAllOfMember(memberId);
    }
}
