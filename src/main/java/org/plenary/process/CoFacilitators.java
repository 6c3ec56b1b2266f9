package org.plenary.process;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CoFacilitators extends ListCrudRepository<CoFacilitator, CoFacilitator.Key> {

    List<CoFacilitator> findByProcessId(Long processId);
}
