package org.plenary.positions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new issue: its slug is fixed at creation, since URLs, the API and links use it. */
public record NewIssueForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{issue.slug.pattern}")
        String slug,

        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String description) {

    static NewIssueForm empty() {
        return new NewIssueForm("", "", "");
    }
}
