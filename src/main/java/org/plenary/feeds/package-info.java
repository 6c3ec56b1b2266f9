/**
 * Atom feeds (written by Rome, never by hand) of the public record: a process' public notes, those with one tag, and
 * what concerns one actor (the public notes that name it). A feed holds only what an anonymous reader may read,
 * whoever asks for it: no members' or coordinators' note, no draft, nothing from a Chatham House meeting. Pages that
 * have a feed announce it ({@code <link rel="alternate" type="application/atom+xml">}) and show a link to it, through
 * {@link org.plenary.feeds.FeedLinks}.
 *
 * <p>Reads through the notes module's {@link org.plenary.notes.NoteReader} as an anonymous reader.
 */
package org.plenary.feeds;
