package org.plenary.process;

import org.springframework.data.repository.ListCrudRepository;

interface Phases extends ListCrudRepository<Phase, Long> {

}
