package org.plenary.process;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A new process: its slug is fixed at creation, since URLs and links use it. */
public record NewProcessForm(
        @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{admin.process.slug.pattern}")
        String slug,

        @NotBlank @Size(max = 200) String name,
        String description,
        @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn) {

    static NewProcessForm empty() {
        return new NewProcessForm("", "", "", null, null);
    }
}
