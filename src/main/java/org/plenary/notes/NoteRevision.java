package org.plenary.notes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A note as one save left it: kept whole, never changed, so that any two saves can be compared. */
@Entity
class NoteRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long noteId;

    private int number;

    private String title;

    private String body;

    private String tags;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    private NoteStatus status;

    private String savedBy;

    private Instant savedAt;

    protected NoteRevision() {}

    NoteRevision(Note note, int number, String savedBy, Instant savedAt) {
        this.noteId = note.getId();
        this.number = number;
        this.title = note.getTitle();
        this.body = note.getBody();
        this.tags = Tags.join(note.getTags());
        this.visibility = note.getVisibility();
        this.status = note.getStatus();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    Long getNoteId() {
        return this.noteId;
    }

    int getNumber() {
        return this.number;
    }

    String getTitle() {
        return this.title;
    }

    String getBody() {
        return this.body;
    }

    String getTags() {
        return this.tags;
    }
}
