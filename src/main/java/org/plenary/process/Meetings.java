package org.plenary.process;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Meetings extends ListCrudRepository<Meeting, Long> {

    @Query("""
			select new org.plenary.process.MeetingRef(m.id, m.title, d.day, m.chathamHouse, r.name, p.slug)
			from Meeting m join m.roundDay d join d.round r join r.process p where m.id = :id
			""")
    Optional<MeetingRef> findRef(Long id);

    @Query("""
			select new org.plenary.process.MeetingRef(m.id, m.title, d.day, m.chathamHouse, r.name, p.slug)
			from Meeting m join m.roundDay d join d.round r join r.process p where p.id = :processId
			order by d.day desc, m.startsAt asc nulls last, m.id
			""")
    List<MeetingRef> findRefsOfProcess(Long processId);

    @Query("""
			select new org.plenary.process.MeetingRef(m.id, m.title, d.day, m.chathamHouse, r.name, p.slug)
			from Meeting m join m.roundDay d join d.round r join r.process p where m.id in :ids
			""")
    List<MeetingRef> findRefs(java.util.Collection<Long> ids);

    @Query("select m.id from Meeting m where m.chathamHouse = true")
    List<Long> findChathamHouseIds();

    @Query("select p from Meeting m join m.roundDay d join d.round r join r.process p where m.id = :meetingId")
    Optional<Process> findProcessOf(Long meetingId);

    // Security and audit (issue #10): what a deletion would take with it, to refuse it while evidence cites it.

    @Query("select m.id from Meeting m where m.roundDay.round.id = :roundId")
    List<Long> findIdsOfRound(Long roundId);

    @Query("select m.id from Meeting m where m.roundDay.id = :dayId")
    List<Long> findIdsOfDay(Long dayId);
}
