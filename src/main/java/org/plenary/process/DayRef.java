package org.plenary.process;

import java.time.LocalDate;

/** A day with the round and process it belongs to, for the meeting forms. */
public record DayRef(Long id, LocalDate day, Long roundId, String roundName, Long processId) {}
