package org.plenary.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An actor to add as co-facilitator, by code ("MEX"). */
public record CoFacilitatorForm(@NotBlank @Size(max = 30) String code) {}
