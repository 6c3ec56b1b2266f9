package org.plenary.process;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RoundDays extends ListCrudRepository<RoundDay, Long> {

    @Query("""
			select new org.plenary.process.DayRow(d.id, d.day, count(m))
			from RoundDay d left join d.meetings m where d.round.id = :roundId
			group by d.id, d.day order by d.day
			""")
    List<DayRow> findRows(Long roundId);

    @Query("""
			select new org.plenary.process.DayRef(d.id, d.day, r.id, r.name, r.process.id)
			from RoundDay d join d.round r where d.id = :id
			""")
    Optional<DayRef> findRef(Long id);
}
