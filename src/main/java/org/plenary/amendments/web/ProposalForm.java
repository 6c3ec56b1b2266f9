package org.plenary.amendments.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The quick proposal form: what the proposal asks, and who proposed it (with the group spoken for), when, and the
 * evidence. When editing, only the first part is used.
 */
public class ProposalForm extends StatedWithEvidence {

    private Long nodeId;

    private String kind = "replace";

    @Size(max = 2000)
    private String target;

    private int occurrence;

    @Size(max = 4000)
    private String words;

    @Size(max = 4000)
    private String rationale;

    private Long issueId;

    /** The paragraphs to choose from, when a suggestion's words stand in several (empty otherwise). */
    private List<Long> candidates = new ArrayList<>();

    public List<Long> getCandidates() {
        return this.candidates;
    }

    public void setCandidates(List<Long> candidates) {
        this.candidates = (candidates != null) ? new ArrayList<>(candidates) : new ArrayList<>();
    }

    private long version;

    public Long getIssueId() {
        return this.issueId;
    }

    public void setIssueId(Long issueId) {
        this.issueId = issueId;
    }

    public Long getNodeId() {
        return this.nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public String getKind() {
        return this.kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTarget() {
        return this.target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public int getOccurrence() {
        return this.occurrence;
    }

    public void setOccurrence(int occurrence) {
        this.occurrence = occurrence;
    }

    public String getWords() {
        return this.words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getRationale() {
        return this.rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
