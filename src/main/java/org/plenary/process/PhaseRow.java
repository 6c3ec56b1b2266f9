package org.plenary.process;

import java.time.LocalDate;

/** A phase as the process admin page lists it. */
public record PhaseRow(Long id, String name, LocalDate startsOn, LocalDate endsOn, long version) {}
