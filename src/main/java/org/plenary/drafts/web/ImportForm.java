package org.plenary.drafts.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.plenary.drafts.NodeKind;
import org.plenary.drafts.RevisionStatus;

/**
 * The import form: the revision's details, the pasted text (first step) and the structure as recognised and
 * corrected by the analyst (preview step). Binds to no entity.
 */
public class ImportForm {

    @NotBlank
    @Size(max = 100)
    private String label;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    @NotNull
    private RevisionStatus status = RevisionStatus.DRAFT;

    private String text;

    @Size(max = 255)
    private String sourceFile;

    @Valid
    private List<NodeForm> nodes = new ArrayList<>();

    public String getLabel() {
        return this.label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public LocalDate getIssuedOn() {
        return this.issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public RevisionStatus getStatus() {
        return this.status;
    }

    public void setStatus(RevisionStatus status) {
        this.status = status;
    }

    public String getText() {
        return this.text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSourceFile() {
        return this.sourceFile;
    }

    public void setSourceFile(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    public List<NodeForm> getNodes() {
        return this.nodes;
    }

    public void setNodes(List<NodeForm> nodes) {
        this.nodes = nodes;
    }

    /**
     * One node of the structure in the preview, with the analyst's corrections.
     */
    public static class NodeForm {

        @NotNull
        private NodeKind kind;

        @NotBlank
        private String text;

        private boolean merge;

        private Integer splitAt;

        private int depth;

        public NodeForm() {}

        NodeForm(NodeKind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public NodeKind getKind() {
            return this.kind;
        }

        public void setKind(NodeKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return this.text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isMerge() {
            return this.merge;
        }

        public void setMerge(boolean merge) {
            this.merge = merge;
        }

        public Integer getSplitAt() {
            return this.splitAt;
        }

        public void setSplitAt(Integer splitAt) {
            this.splitAt = splitAt;
        }

        /** Depth in the tree, for indenting the preview (computed, not bound). */
        public int getDepth() {
            return this.depth;
        }

        void depth(int depth) {
            this.depth = depth;
        }

        /** Number of lines of the text, for the split field. */
        public int getLines() {
            return (this.text != null) ? (int) this.text.lines().count() : 0;
        }

        /** The lines of the text, numbered from 1 on the structure screen, to split before one of them. */
        public java.util.List<String> getLineTexts() {
            return (this.text != null) ? this.text.lines().toList() : java.util.List.of();
        }
    }
}
