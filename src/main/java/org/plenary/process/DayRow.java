package org.plenary.process;

import java.time.LocalDate;

/** A day of a round with the number of its meetings, for the round admin page. */
public record DayRow(Long id, LocalDate day, long meetings) {}
