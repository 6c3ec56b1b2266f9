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

    /** The actors among these that already hold this stance from this date (not retracted): a re-paste adds none. */
    @Query("""
            select p.actorId from Position p where p.issue.id = :issueId and p.option.id = :optionId
            and p.validFrom = :validFrom and p.retracted = false and p.actorId in :actorIds
            """)
    List<Long> findHolding(
            Long issueId, Long optionId, java.time.LocalDate validFrom, java.util.Collection<Long> actorIds);

    /** The positions a pasted list recorded. */
    List<Position> findByBatchIdOrderById(Long batchId);

    /**
     * The positions (not retracted) of these actors on the issue from this date that take another stance than this
     * one, leaving out the position {@code except} (the one being corrected; any id that is none, say 0).
     */
    @Query("""
            select p from Position p join fetch p.option where p.issue.id = :issueId and p.validFrom = :validFrom
            and p.retracted = false and p.actorId in :actorIds and p.option.id <> :optionId and p.id <> :except
            order by p.id
            """)
    List<Position> findContradicting(
            Long issueId,
            Long optionId,
            java.time.LocalDate validFrom,
            java.util.Collection<Long> actorIds,
            Long except);
}
