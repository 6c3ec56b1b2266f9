package org.plenary.actors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Who speaks for a group (by code), for a period, or for one meeting (by its id). */
public record SpokespersonForm(
        @NotBlank @Size(max = 30) String actor,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
        Long meetingId) {

    static SpokespersonForm empty() {
        return new SpokespersonForm("", null, null, null);
    }
}
