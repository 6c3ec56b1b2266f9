package org.plenary.actors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Memberships extends ListCrudRepository<GroupMembership, Long> {

    @Query("""
			select new org.plenary.actors.MembershipRow(m.id, g.id, g.code, g.name, a.id, a.code, a.name, a.kind,
				a.regionalGroup, a.iso2, m.validFrom, m.validTo, m.version)
			from GroupMembership m join m.group g join m.member a
			where g.id in :groupIds
			  and (m.validFrom is null or m.validFrom <= :date) and (m.validTo is null or m.validTo >= :date)
			order by a.name
			""")
    List<MembershipRow> findMembersOn(Collection<Long> groupIds, LocalDate date);

    @Query("""
			select new org.plenary.actors.MembershipRow(m.id, g.id, g.code, g.name, a.id, a.code, a.name, a.kind,
				a.regionalGroup, a.iso2, m.validFrom, m.validTo, m.version)
			from GroupMembership m join m.group g join m.member a
			where g.id = :groupId
			order by a.name, m.validFrom nulls first
			""")
    List<MembershipRow> findAllOfGroup(Long groupId);

    @Query("""
			select new org.plenary.actors.MembershipRow(m.id, g.id, g.code, g.name, a.id, a.code, a.name, a.kind,
				a.regionalGroup, a.iso2, m.validFrom, m.validTo, m.version)
			from GroupMembership m join m.group g join m.member a
			where a.id = :memberId
			order by m.validFrom nulls first, g.name
			""")
    List<MembershipRow> findAllOfMember(Long memberId);

    @Query("""
			select m from GroupMembership m
			where m.group.id = :groupId and m.member.id = :memberId
			""")
    List<GroupMembership> findBetween(Long groupId, Long memberId);
}
