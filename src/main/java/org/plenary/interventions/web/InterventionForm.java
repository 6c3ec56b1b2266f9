package org.plenary.interventions.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quick intervention form: who spoke (and for which group), when and where, about which part of the text, what
 * they said, and the evidence. Names complete from the actors list and are resolved at the date.
 */
public class InterventionForm {

    @Size(max = 200)
    private String speaker;

    @Size(max = 200)
    private String onBehalfOf;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate spokenOn;

    private Long meetingId;

    private String kind = "statement";

    private Long nodeId;

    @Size(max = 200)
    private String textPart;

    private Long issueId;

    @Size(max = 4000)
    private String summary;

    @Size(max = 4000)
    private String quote;

    private Long noteId;

    @Size(max = 300)
    private String source;

    private long version;

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

    public LocalDate getSpokenOn() {
        return this.spokenOn;
    }

    public void setSpokenOn(LocalDate spokenOn) {
        this.spokenOn = spokenOn;
    }

    public Long getMeetingId() {
        return this.meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getKind() {
        return this.kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getNodeId() {
        return this.nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public String getTextPart() {
        return this.textPart;
    }

    public void setTextPart(String textPart) {
        this.textPart = textPart;
    }

    public Long getIssueId() {
        return this.issueId;
    }

    public void setIssueId(Long issueId) {
        this.issueId = issueId;
    }

    public String getSummary() {
        return this.summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getQuote() {
        return this.quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public Long getNoteId() {
        return this.noteId;
    }

    public void setNoteId(Long noteId) {
        this.noteId = noteId;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
