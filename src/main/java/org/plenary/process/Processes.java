package org.plenary.process;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Processes extends ListCrudRepository<Process, Long> {

    Optional<Process> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select p from Process p order by p.startsOn desc nulls last, p.name")
    List<Process> findAllInOrder();

    @Query("""
			select new org.plenary.process.TimelineSpan(p.id, 'PHASE', ph.id, ph.name, ph.startsOn, ph.endsOn, null)
			from Phase ph join ph.process p where p.id in :processIds
			""")
    List<TimelineSpan> findPhaseSpans(List<Long> processIds);

    @Query("""
			select new org.plenary.process.TimelineSpan(p.id, 'ROUND', r.id, r.name, r.startsOn, r.endsOn, r.location)
			from Round r join r.process p where p.id in :processIds
			""")
    List<TimelineSpan> findRoundSpans(List<Long> processIds);

    @Query("""
			select new org.plenary.process.CalendarRow(r.id, r.name, r.location, r.startsOn, r.endsOn, r.version,
				d.id, d.day, m.id, m.title, m.kind, m.startsAt, m.endsAt, m.chathamHouse, m.version)
			from Round r left join r.days d left join d.meetings m
			where r.process.id = :processId
			order by r.startsOn, r.id, d.day, m.startsAt nulls last, m.id
			""")
    List<CalendarRow> findCalendarRows(Long processId);
}
