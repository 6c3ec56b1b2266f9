package org.plenary.process;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A day to add to a round. */
public record DayForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate day) {}
