package org.plenary.process;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A round (session) of a process; the version matters only when editing. */
public record RoundForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String location,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
        long version) {

    static RoundForm empty() {
        return new RoundForm("", "", null, null, 0);
    }

    static RoundForm of(Round round) {
        return new RoundForm(
                round.getName(), round.getLocation(), round.getStartsOn(), round.getEndsOn(), round.getVersion());
    }

    RoundForm withVersion(long version) {
        return new RoundForm(this.name, this.location, this.startsOn, this.endsOn, version);
    }
}
