package org.plenary.drafts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface LineageLinks extends ListCrudRepository<LineageLink, Long> {

	List<LineageLink> findByRevisionId(Long revisionId);

	Optional<LineageLink> findByNodeIdAndKindNot(Long nodeId, LinkKind kind);

}
