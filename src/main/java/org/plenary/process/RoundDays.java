package org.plenary.process;

import org.springframework.data.repository.ListCrudRepository;

interface RoundDays extends ListCrudRepository<RoundDay, Long> {

}
