package org.plenary.positions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.plenary.positions.IssueEdit;

/** A stance option's label, short label and colour, edited against the version the form was opened on. */
public record OptionForm(
        @NotBlank @Size(max = 300) String label,

        @Size(max = 24, message = "{option.shortLabel.size}")
        String shortLabel,

        @NotBlank @Pattern(regexp = "(#[0-9a-fA-F]{6})?", message = "{option.colour}")
        String colour,

        long version) {

    static OptionForm of(IssueEdit.OptionEdit option) {
        return new OptionForm(option.label(), option.shortLabel(), option.colour(), option.version());
    }

    OptionForm withVersion(long version) {
        return new OptionForm(this.label, this.shortLabel, this.colour, version);
    }
}
