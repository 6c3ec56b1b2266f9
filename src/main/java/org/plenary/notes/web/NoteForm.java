package org.plenary.notes.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.plenary.notes.NoteContent;
import org.plenary.notes.NoteEditing;
import org.plenary.notes.NoteStatus;
import org.plenary.notes.Tags;
import org.plenary.notes.Visibility;

/**
 * The note editor's form. Binds to this record-like bean, never to the entity; the limits the model checks again are
 * stated here so that a too long field gets its message before the model is asked. {@code version} is the version
 * the editor opened.
 */
public class NoteForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private Long roundId;

    private Long meetingId;

    @Size(max = 300)
    private String title;

    @Size(max = 200)
    private String organisation;

    private String body;

    @Size(max = 1500)
    private String tags;

    @NotNull
    private Visibility visibility = Visibility.MEMBERS;

    private long version;

    static NoteForm of(NoteEditing.NoteEdit edit) {
        NoteForm form = new NoteForm();
        NoteContent c = edit.content();
        form.date = c.date();
        form.roundId = c.roundId();
        form.meetingId = c.meetingId();
        form.title = c.title();
        form.organisation = c.organisation();
        form.body = c.body();
        form.tags = Tags.join(c.tags());
        form.visibility = c.visibility();
        form.version = edit.version();
        return form;
    }

    NoteContent content(NoteStatus status) {
        return new NoteContent(
                this.date,
                this.roundId,
                this.meetingId,
                this.title,
                this.organisation,
                this.body,
                Tags.parse(this.tags),
                this.visibility,
                status);
    }

    public LocalDate getDate() {
        return this.date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Long getRoundId() {
        return this.roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Long getMeetingId() {
        return this.meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganisation() {
        return this.organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getBody() {
        return this.body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return this.tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Visibility getVisibility() {
        return this.visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
