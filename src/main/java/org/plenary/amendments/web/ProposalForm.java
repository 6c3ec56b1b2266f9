package org.plenary.amendments.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quick proposal form: what the proposal asks, and who proposed it (with the group spoken for), when, and the
 * evidence. When editing, only the first part is used.
 */
public class ProposalForm {

    private Long nodeId;

    private String kind = "replace";

    @Size(max = 2000)
    private String target;

    private int occurrence;

    @Size(max = 4000)
    private String words;

    @Size(max = 4000)
    private String rationale;

    @Size(max = 200)
    private String speaker;

    @Size(max = 200)
    private String onBehalfOf;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate statedOn;

    private Long meetingId;

    @Size(max = 300)
    private String source;

    @Size(max = 4000)
    private String quote;

    private long version;

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

    public String getSpeaker() {
        return this.speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getOnBehalfOf() {
        return this.onBehalfOf;
    }

    public void setOnBehalfOf(String onBehalfOf) {
        this.onBehalfOf = onBehalfOf;
    }

    public LocalDate getStatedOn() {
        return this.statedOn;
    }

    public void setStatedOn(LocalDate statedOn) {
        this.statedOn = statedOn;
    }

    public Long getMeetingId() {
        return this.meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getQuote() {
        return this.quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
