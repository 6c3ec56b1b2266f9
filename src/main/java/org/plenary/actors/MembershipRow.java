package org.plenary.actors;

import java.time.LocalDate;

/**
 * A membership with both sides' names, for group and actor pages.
 */
public record MembershipRow(
        Long id,
        Long groupId,
        String groupCode,
        String groupName,
        Long memberId,
        String memberCode,
        String memberName,
        ActorKind memberKind,
        RegionalGroup memberRegionalGroup,
        String memberIso2,
        LocalDate validFrom,
        LocalDate validTo,
        long version) {

    public ActorRef member() {
        return new ActorRef(
                this.memberId,
                this.memberCode,
                this.memberName,
                this.memberKind,
                this.memberRegionalGroup,
                this.memberIso2);
    }
}
