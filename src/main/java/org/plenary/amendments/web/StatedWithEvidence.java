package org.plenary.amendments.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The fields a proposal and a stand on it share: who spoke (for whom), when, and the evidence (a
 * daily note among it). */
public abstract class StatedWithEvidence {

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

    private Long noteId;

    public Long getNoteId() {
        return this.noteId;
    }

    public void setNoteId(Long noteId) {
        this.noteId = noteId;
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
}
