package org.plenary.drafts;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DraftDocuments extends ListCrudRepository<DraftDocument, Long> {

    Optional<DraftDocument> findByProcessId(Long processId);
}
