package org.plenary.drafts;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RevisionNodes extends ListCrudRepository<RevisionNode, Long> {

    @Query("""
			select new org.plenary.drafts.NodeRow(n.revision.id, n.id, n.position, n.parentPosition, n.kind, n.label,
				n.text, n.lineageId)
			from RevisionNode n
			where n.revision.id in :revisionIds
			order by n.revision.id, n.position
			""")
    List<NodeRow> findRows(Collection<Long> revisionIds);

    @Query("""
			select new org.plenary.drafts.NodeRow(n.revision.id, n.id, n.position, n.parentPosition, n.kind, n.label,
				n.text, n.lineageId)
			from RevisionNode n
			where n.id = :id
			""")
    java.util.Optional<NodeRow> findRow(Long id);

    @Query("""
			select new org.plenary.drafts.NodeRow(n.revision.id, n.id, n.position, n.parentPosition, n.kind, n.label,
				n.text, n.lineageId)
			from RevisionNode n
			where n.lineageId in :lineageIds
				and n.revision.documentId in (select d.id from DraftDocument d where d.processId = :processId)
			order by n.revision.sequence, n.position
			""")
    List<NodeRow> findRowsOfLineages(Long processId, Collection<Long> lineageIds);

    /** Moves every node of later revisions from one lineage to another, after an analyst's correction. */
    @Modifying(flushAutomatically = true)
    @Query("""
			update RevisionNode n set n.lineageId = :newLineage
			where n.lineageId = :oldLineage and n.revision.id in
				(select r.id from Revision r where r.documentId = :documentId and r.sequence > :sequence)
			""")
    int moveLineageAfter(Long documentId, int sequence, Long oldLineage, Long newLineage);
}
