package org.plenary.actors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Another name an actor goes by in notes, for a period when the name changes meaning (open ends allowed). */
public record AliasForm(
        @NotBlank @Size(max = 200) String alias,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validTo) {

    static AliasForm empty() {
        return new AliasForm("", null, null);
    }
}
