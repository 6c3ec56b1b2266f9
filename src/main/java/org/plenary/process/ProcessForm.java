package org.plenary.process;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A process' description and dates, edited against the version the form was opened on. */
public record ProcessForm(
        @NotBlank @Size(max = 200) String name,
        String description,
        @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
        long version) {

    static ProcessForm of(Process process) {
        return new ProcessForm(
                process.getName(),
                process.getDescription(),
                process.getStartsOn(),
                process.getEndsOn(),
                process.getVersion());
    }

    ProcessForm withVersion(long version) {
        return new ProcessForm(this.name, this.description, this.startsOn, this.endsOn, version);
    }
}
