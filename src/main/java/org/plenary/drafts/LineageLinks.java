package org.plenary.drafts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface LineageLinks extends ListCrudRepository<LineageLink, Long> {

    List<LineageLink> findByRevisionId(Long revisionId);

    @org.springframework.data.jpa.repository.Query("""
			select new org.plenary.drafts.LinkRow(l.id, l.nodeId, l.predecessorId, l.kind, l.corrected, l.correctedBy,
				l.version)
			from LineageLink l where l.revisionId = :revisionId order by l.id
			""")
    List<LinkRow> findRows(Long revisionId);

    Optional<LineageLink> findByNodeIdAndKindNot(Long nodeId, LinkKind kind);
}
