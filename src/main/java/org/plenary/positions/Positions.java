package org.plenary.positions;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

interface Positions extends org.springframework.data.jpa.repository.JpaRepository<Position, Long> {

    @Query("""
			select p from Position p join fetch p.issue i join fetch p.option
			where p.id = :id
			""")
    java.util.Optional<Position> findWithIssue(Long id);

    /** How many positions, retracted ones included, take this stance. */
    @Query("select count(p) from Position p where p.option.id = :optionId")
    long countByOption(Long optionId);

    /** Per option of an issue that positions use: the option's id and the number of positions naming it. */
    @Query("select p.option.id, count(p) from Position p where p.issue.id = :issueId group by p.option.id")
    List<Object[]> countByOptionOf(Long issueId);
}
