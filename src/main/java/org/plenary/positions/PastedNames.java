package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.plenary.actors.ActorRef;

/**
 * Reads a pasted list of names (a bullet list from a brief, or one name per line) into entries resolved at a date:
 * the position form's "paste a list". Implemented by the notes module with its line-up parser (so the form and a
 * note's line-up read lists alike: remarks in parentheses, "with Brazil as spokesperson", UN names); declared here so
 * that positions need not depend on notes.
 */
public interface PastedNames {

    /** One line: as written, the actors it stands for (a group as the group), its remark, the names not resolved. */
    record Entry(String text, List<ActorRef> actors, String remark, List<String> unresolved) {}

    List<Entry> read(String text, LocalDate date);
}
