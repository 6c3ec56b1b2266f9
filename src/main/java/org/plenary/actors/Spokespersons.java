package org.plenary.actors;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Spokespersons extends ListCrudRepository<Spokesperson, Long> {

    /**
     * Whether an actor may speak for a group on a date: a member of it then, or its spokesperson then (a spokesperson
     * for one meeting only at that meeting).
     */
    @Query(nativeQuery = true, value = """
			select exists (select 1 from group_membership m where m.group_id = :groupId and m.member_id = :speakerId
			                 and (m.valid_from is null or m.valid_from <= :on) and (m.valid_to is null or m.valid_to >= :on))
			    or exists (select 1 from spokesperson s where s.group_id = :groupId and s.actor_id = :speakerId
			                 and ((s.meeting_id is null and (s.valid_from is null or s.valid_from <= :on)
			                       and (s.valid_to is null or s.valid_to >= :on))
			                      or s.meeting_id = cast(:meetingId as bigint)))
			""")
    boolean speaksFor(Long speakerId, Long groupId, java.time.LocalDate on, Long meetingId);

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
