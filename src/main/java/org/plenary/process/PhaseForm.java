package org.plenary.process;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A phase of a process; the version matters only when editing. */
public record PhaseForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
        long version) {

    static PhaseForm empty() {
        return new PhaseForm("", null, null, 0);
    }

    static PhaseForm of(Phase phase) {
        return new PhaseForm(phase.getName(), phase.getStartsOn(), phase.getEndsOn(), phase.getVersion());
    }

    PhaseForm withVersion(long version) {
        return new PhaseForm(this.name, this.startsOn, this.endsOn, version);
    }
}
