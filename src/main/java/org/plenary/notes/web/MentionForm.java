package org.plenary.notes.web;

/**
 * A correction of a note's names: the words as written in the note and the actor's code. Used by "link a name" (the
 * form on the note page) and by each "not this actor" button (hidden fields).
 */
public class MentionForm {

    private String written;

    private String actor;

    public String getWritten() {
        return this.written;
    }

    public void setWritten(String written) {
        this.written = written;
    }

    public String getActor() {
        return this.actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
