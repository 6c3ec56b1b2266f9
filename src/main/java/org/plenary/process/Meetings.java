package org.plenary.process;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Meetings extends ListCrudRepository<Meeting, Long> {

    @Query("""
			select new org.plenary.process.MeetingRef(m.id, m.title, d.day, m.chathamHouse, r.name, p.slug)
			from Meeting m join m.roundDay d join d.round r join r.process p where m.id = :id
			""")
    Optional<MeetingRef> findRef(Long id);
}
