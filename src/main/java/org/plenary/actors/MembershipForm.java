package org.plenary.actors;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A new member of a group, named by its code, for a period (open ends allowed). */
public record MembershipForm(
        @NotBlank @Size(max = 30) String member,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validTo) {

    static MembershipForm empty() {
        return new MembershipForm("", null, null);
    }
}
