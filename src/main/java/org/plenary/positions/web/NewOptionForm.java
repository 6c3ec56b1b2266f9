package org.plenary.positions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A stance option added at the end of an issue's order: its key is fixed, since the API names stances by it. */
public record NewOptionForm(
        @NotBlank @Size(max = 40) @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{option.key.pattern}")
        String key,

        @NotBlank @Size(max = 300) String label,

        @Size(max = 24, message = "{option.shortLabel.size}")
        String shortLabel,

        @NotBlank @Pattern(regexp = "(#[0-9a-fA-F]{6})?", message = "{option.colour}")
        String colour) {

    /** A neutral grey, so that the colour input starts from a valid value. */
    static NewOptionForm empty() {
        return new NewOptionForm("", "", "", "#7a8494");
    }
}
