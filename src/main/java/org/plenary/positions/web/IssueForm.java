package org.plenary.positions.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.plenary.positions.IssueEdit;

/** An issue's title and description, edited against the version the form was opened on. */
public record IssueForm(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String description,
        long version) {

    static IssueForm of(IssueEdit issue) {
        return new IssueForm(issue.title(), issue.description(), issue.version());
    }

    IssueForm withVersion(long version) {
        return new IssueForm(this.title, this.description, version);
    }
}
