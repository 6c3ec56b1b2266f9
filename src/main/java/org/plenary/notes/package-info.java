/**
 * Daily notes: a coordinator's brief about a process on a date (optionally a round, a day and a meeting), written in
 * Markdown once and read by delegates. A note has a visibility (public, members, coordinators) and a state (draft,
 * published); every save is kept as a {@code NoteRevision}. A note on a meeting under the Chatham House rule is never
 * public ({@link org.plenary.notes.ChathamHouseDemotion} demotes the public notes of a meeting that comes under it).
 *
 * <p>Other modules use {@link org.plenary.notes.NoteReader} (what a reader may see), {@link
 * org.plenary.notes.NoteEditing} (writes, version-checked) and {@link org.plenary.notes.MarkdownRenderer} (Markdown to
 * safe HTML, the same for page and preview). Pages live in {@code notes.web}.
 */
package org.plenary.notes;
