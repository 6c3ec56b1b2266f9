package org.plenary.drafts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Revisions extends ListCrudRepository<Revision, Long> {

    Optional<Revision> findTopByDocumentIdOrderBySequenceDesc(Long documentId);

    boolean existsByDocumentIdAndLabelIgnoreCase(Long documentId, String label);

    @Query("""
			select new org.plenary.drafts.RevisionRow(r.id, r.sequence, r.label, r.issuedOn, r.status, r.sourceFile,
				r.contentVersion, r.version)
			from Revision r, DraftDocument d
			where r.documentId = d.id and d.processId = :processId
			order by r.sequence
			""")
    List<RevisionRow> findRows(Long processId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(
            "update Revision r set r.contentVersion = r.contentVersion + 1 where r.documentId = :documentId and r.sequence >= :sequence")
    int contentChangedFrom(Long documentId, int sequence);
}
