package org.plenary.drafts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form correcting one paragraph's text in a draft revision; carries the revision's version.
 */
public class NodeTextForm {

    @NotBlank
    @Size(max = 100_000)
    private String text;

    private long version;

    public NodeTextForm() {}

    NodeTextForm(String text, long version) {
        this.text = text;
        this.version = version;
    }

    public String getText() {
        return this.text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
