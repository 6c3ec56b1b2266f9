package org.plenary.actors;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Actors extends ListCrudRepository<Actor, Long> {

    Optional<Actor> findByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCase(String code);

    List<Actor> findByKindOrderByName(ActorKind kind);

    @Query(value = """
			select new org.plenary.actors.ActorRow(a.id, a.code, a.name, a.kind, a.regionalGroup)
			from Actor a
			where (:kind is null or a.kind = :kind)
			  and (:region is null or a.regionalGroup = :region)
			  and (:search = '' or lower(a.name) like :pattern or lower(a.code) like :pattern
			       or lower(coalesce(a.officialName, '')) like :pattern)
			  and (:groupId is null or exists (select 1 from GroupMembership m where m.group.id = :groupId
			       and m.member = a and (m.validFrom is null or m.validFrom <= :date)
			       and (m.validTo is null or m.validTo >= :date)))
			order by a.name
			""", countQuery = """
			select count(a) from Actor a
			where (:kind is null or a.kind = :kind)
			  and (:region is null or a.regionalGroup = :region)
			  and (:search = '' or lower(a.name) like :pattern or lower(a.code) like :pattern
			       or lower(coalesce(a.officialName, '')) like :pattern)
			  and (:groupId is null or exists (select 1 from GroupMembership m where m.group.id = :groupId
			       and m.member = a and (m.validFrom is null or m.validFrom <= :date)
			       and (m.validTo is null or m.validTo >= :date)))
			""")
    Page<ActorRow> search(
            ActorKind kind,
            RegionalGroup region,
            String search,
            String pattern,
            Long groupId,
            java.time.LocalDate date,
            Pageable pageable);
}
