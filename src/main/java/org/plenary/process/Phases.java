package org.plenary.process;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Phases extends ListCrudRepository<Phase, Long> {

    @Query("""
			select new org.plenary.process.PhaseRow(ph.id, ph.name, ph.startsOn, ph.endsOn, ph.version)
			from Phase ph where ph.process.id = :processId order by ph.startsOn, ph.id
			""")
    List<PhaseRow> findRows(Long processId);
}
