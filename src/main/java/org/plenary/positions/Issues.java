package org.plenary.positions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Issues extends JpaRepository<Issue, Long> {

    Optional<Issue> findByProcessIdAndSlug(Long processId, String slug);

    /** An issue with its options, for the writes of the issue admin pages: one query. */
    @Query("""
			select distinct i from Issue i left join fetch i.options
			where i.processId = :processId and i.slug = :slug
			""")
    Optional<Issue> findWithOptions(Long processId, String slug);

    /** Every issue of a process with its options, in order: one query. */
    @Query("""
			select new org.plenary.positions.IssueOptionRow(i.id, i.slug, i.title, i.description, i.archived, o.id, o.key,
				o.label, o.shortLabel, o.colour, o.rank)
			from Issue i left join i.options o
			where i.processId = :processId
			order by i.sortOrder, i.title, i.id, o.rank
			""")
    List<IssueOptionRow> findIssueOptionRows(Long processId);
}
