package org.plenary.actors;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Spokespersons extends ListCrudRepository<Spokesperson, Long> {

    @Query("""
			select new org.plenary.actors.SpokespersonRow(s.id, g.id, g.code, g.name, a.id, a.code, a.name,
				s.validFrom, s.validTo, s.meetingId)
			from Spokesperson s join s.group g join s.actor a
			where g.id = :groupId order by s.validFrom nulls first
			""")
    List<SpokespersonRow> findOfGroup(Long groupId);

    @Query("""
			select new org.plenary.actors.SpokespersonRow(s.id, g.id, g.code, g.name, a.id, a.code, a.name,
				s.validFrom, s.validTo, s.meetingId)
			from Spokesperson s join s.group g join s.actor a
			where a.id = :actorId order by s.validFrom nulls first
			""")
    List<SpokespersonRow> findBySpeaker(Long actorId);
}
