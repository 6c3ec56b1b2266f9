package org.plenary.notes.suggestions;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorRef;
import org.plenary.notes.MentionRecognizer;
import org.plenary.notes.NoteView;

/**
 * The wording a note proposes ({@link WordingParser}) with who proposed it: the speaker (and group spoken for) that the
 * intervention shapes find in the same sentence ("Austria, on behalf of the EU 27, said ..."), else the first actor the
 * note's mention resolution names in it (a name a coordinator unlinked from the note does not count), else nobody.
 * Nothing is saved: a coordinator or analyst records a suggestion through the proposal form.
 */
@Service
@Transactional(readOnly = true)
public class WordingSuggestions {

    /**
     * A proposed wording and who proposed it.
     * @param wording what the sentence proposes
     * @param actor the speaker, or {@code null} when the sentence names nobody
     * @param onBehalfOf the group the speaker spoke for, or {@code null}
     */
    public record Found(WordingParser.Wording wording, ActorRef actor, ActorRef onBehalfOf) {}

    private final InterventionSuggestions interventions;

    private final MentionRecognizer recognizer;

    WordingSuggestions(InterventionSuggestions interventions, MentionRecognizer recognizer) {
        this.interventions = interventions;
        this.recognizer = recognizer;
    }

    /** The wordings of a note, in the order of its text. Nothing is read when the note proposes none. */
    public List<Found> find(NoteView note) {
        String text = note.markdown();
        List<WordingParser.Wording> wordings = WordingParser.parse(text);
        if (wordings.isEmpty()) {
            return List.of();
        }
        List<InterventionSuggestions.Found> spoken =
                this.interventions.find(text, note.note().date());
        List<MentionRecognizer.Mention> mentions = this.recognizer
                .recognise(text, note.note().date())
                .stream()
                .filter((m) -> note.removed().stream()
                        .noneMatch((r) -> r.actor().id().equals(m.actor().id())
                                && r.written().equals(m.text())))
                .toList();
        List<Found> found = new ArrayList<>();
        for (WordingParser.Wording w : wordings) {
            InterventionSuggestions.Found speaker = spoken.stream()
                    .filter((s) -> s.suggestion().start() == w.start())
                    .findFirst()
                    .orElse(null);
            if (speaker != null) {
                found.add(new Found(w, speaker.actor(), speaker.onBehalfOf()));
                continue;
            }
            ActorRef named = mentions.stream()
                    .filter((m) -> m.start() >= w.start() && m.end() <= w.end())
                    .map(MentionRecognizer.Mention::actor)
                    .findFirst()
                    .orElse(null);
            found.add(new Found(w, named, null));
        }
        return found;
    }
}
