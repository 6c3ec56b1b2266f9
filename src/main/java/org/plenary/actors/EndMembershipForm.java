package org.plenary.actors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The last day of a membership, for the version of it the page showed. */
public record EndMembershipForm(
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate on, long version) {}
