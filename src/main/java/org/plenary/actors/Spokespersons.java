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

    /**
     * Whether the meeting a spokesperson is named for exists. Asked of the table directly: the process module already
     * depends on this one (co-facilitators), so this one must not depend back on it.
     */
    @Query(value = "select exists (select 1 from meeting where id = :meetingId)", nativeQuery = true)
    boolean meetingExists(Long meetingId);

    /**
     * Every meeting a spokesperson can be named for, by process and day, for the admin select. Read from the tables
     * directly for the reason above.
     */
    @Query(value = """
			select m.id, p.name as process, r.name as round, rd.day, m.title
			from meeting m join round_day rd on rd.id = m.round_day_id join round r on r.id = rd.round_id
			join process p on p.id = r.process_id
			order by p.starts_on nulls last, p.name, rd.day, m.starts_at nulls last, m.id
			""", nativeQuery = true)
    List<MeetingChoice> findMeetingChoices();
}
