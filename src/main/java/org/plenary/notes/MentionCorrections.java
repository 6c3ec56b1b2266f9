package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;

/**
 * A coordinator's corrections of the names linked in a note ({@link MentionCorrection}): "not this actor" and "link a
 * name". Whoever may edit the note may correct it; the note's text and version are not touched (an edit open elsewhere
 * does not conflict), and the mentions are stored again at once, so the actor pages follow.
 */
@Service
public class MentionCorrections {

    /** What a correction did: the actor, the words, and how many places of the note they are linked in now / were. */
    public record Outcome(ActorRef actor, String written, int places) {}

    private final NoteReader reader;

    private final NoteMentions mentions;

    private final ActorDirectory actors;

    private final MentionRecognizer recognizer;

    private final JdbcClient jdbc;

    MentionCorrections(
            NoteReader reader,
            NoteMentions mentions,
            ActorDirectory actors,
            MentionRecognizer recognizer,
            JdbcClient jdbc) {
        this.reader = reader;
        this.mentions = mentions;
        this.actors = actors;
        this.recognizer = recognizer;
        this.jdbc = jdbc;
    }

    /** The actors a name may be linked to, by name (from the recogniser's cache: no statement). */
    public List<ActorRef> choices() {
        return this.recognizer.actors();
    }

    /** Links every occurrence of the words, as written, to the actor. */
    @Transactional
    public Outcome link(Long noteId, String words, String actorCode, NoteReader.Viewer viewer) {
        NoteView note = editable(noteId, viewer);
        String written = words(note, words);
        ActorRef actor = actor(actorCode);
        save(noteId, MentionCorrection.Kind.ADD, actor, written, viewer);
        List<MentionRecognizer.Mention> stored = store(note);
        return new Outcome(actor, written, count(stored, actor, written));
    }

    /** Unlinks every occurrence of the words, as written, from the actor. */
    @Transactional
    public Outcome unlink(Long noteId, String words, String actorCode, NoteReader.Viewer viewer) {
        NoteView note = editable(noteId, viewer);
        String written = words(note, words);
        ActorRef actor = actor(actorCode);
        if (note.mentions().stream()
                .noneMatch(
                        (m) -> m.actor().id().equals(actor.id()) && m.written().equals(written))) {
            throw new RuleException("written", "mention.notLinked", written, actor.name());
        }
        int places = count(store(note), actor, written);
        save(noteId, MentionCorrection.Kind.REMOVE, actor, written, viewer);
        store(note);
        return new Outcome(actor, written, places);
    }

    private NoteView editable(Long noteId, NoteReader.Viewer viewer) {
        NoteView note =
                this.reader.note(noteId, viewer).orElseThrow(() -> new NotFoundException("note.notFound", noteId));
        if (!note.editable()) {
            throw new AccessDeniedException("Only a coordinator who may edit the note corrects its names");
        }
        return note;
    }

    private static String words(NoteView note, String words) {
        String written = (words != null) ? words.strip() : "";
        if (written.isEmpty()) {
            throw new RuleException("written", "mention.written.required");
        }
        if (written.length() > 200) {
            throw new RuleException("written", "mention.written.tooLong");
        }
        if (!MentionCorrection.occursIn(note.markdown(), written)) {
            throw new RuleException("written", "mention.written.notInNote", written);
        }
        return written;
    }

    private ActorRef actor(String code) {
        return ((code == null || code.isBlank())
                        ? java.util.Optional.<ActorRef>empty()
                        : this.actors.find(code.strip()))
                .orElseThrow(() -> new RuleException("actor", "mention.actor.unknown"));
    }

    private void save(Long noteId, MentionCorrection.Kind kind, ActorRef actor, String written, NoteReader.Viewer who) {
        this.jdbc
                .sql("insert into note_mention_correction (note_id, kind, actor_id, written, created_by)"
                        + " values (?, ?, ?, ?, ?) on conflict (note_id, actor_id, written)"
                        + " do update set kind = excluded.kind, created_by = excluded.created_by, created_at = now()")
                .params(noteId, kind.name(), actor.id(), written, who.username())
                .update();
    }

    private List<MentionRecognizer.Mention> store(NoteView note) {
        LocalDate date = note.note().date();
        return this.mentions.store(note.note().id(), note.markdown(), date);
    }

    private static int count(List<MentionRecognizer.Mention> mentions, ActorRef actor, String written) {
        return (int) mentions.stream()
                .filter((m) -> m.actor().id().equals(actor.id()) && m.text().equals(written))
                .count();
    }
}
