package org.plenary.process;

import org.springframework.data.repository.ListCrudRepository;

interface Rounds extends ListCrudRepository<Round, Long> {}
