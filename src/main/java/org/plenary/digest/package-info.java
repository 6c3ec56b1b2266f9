/**
 * The day's digest (#8): for one day of a process, everything that happened, as a coordinator sends it at night:
 * revisions issued, positions recorded (with the line-up's "moved" arrows against the day before), interventions by
 * meeting, and the day's notes in full. It shows what its reader may see (an anonymous reader the public record only),
 * steps to the previous and next day with activity, and prints cleanly (a print view without navigation).
 *
 * <p>Reads through the seams of {@code notes} ({@link org.plenary.notes.NoteReader}), {@code positions}
 * ({@link org.plenary.positions.PositionChanges}) and {@code drafts} ({@link org.plenary.drafts.DraftReading}).
 */
package org.plenary.digest;
