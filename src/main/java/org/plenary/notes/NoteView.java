package org.plenary.notes;

import java.util.List;

import org.plenary.actors.ActorRef;

/**
 * One note as its page shows it: the summary, the body as safe HTML and as written, the version an edit starts from,
 * how many times it was saved, whether this reader may edit it, the names its body links (after the coordinators'
 * corrections) and the names a coordinator unlinked ("not this actor").
 */
public record NoteView(
        NoteSummary note,
        String html,
        String markdown,
        long version,
        int revisions,
        boolean editable,
        List<Mention> mentions,
        List<Mention> removed) {

    /** A name linked in the note (or unlinked by hand): the actor, the words as written, its page, added by hand. */
    public record Mention(ActorRef actor, String written, String href, boolean added) {}
}
