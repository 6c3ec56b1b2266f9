package org.plenary.actors;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The period of an existing membership, edited against the version the form was opened on. */
public record MembershipPeriodForm(
        @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
        long version) {

    static MembershipPeriodForm of(GroupMembership membership) {
        return new MembershipPeriodForm(membership.getValidFrom(), membership.getValidTo(), membership.getVersion());
    }

    MembershipPeriodForm withVersion(long version) {
        return new MembershipPeriodForm(this.validFrom, this.validTo, version);
    }
}
