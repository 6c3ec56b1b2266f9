/**
 * Interventions: who spoke, on whose behalf, on which day and at which meeting, on which part of the negotiated text,
 * of which kind (a statement, support, opposition, proposed language, a request to delete, a reservation, a question),
 * what they said, the issue it bears on, and the evidence (the note it came from, or a source).
 *
 * <p>A statement "on behalf of" a group is checked against the group's spokespersons and members at that date: when
 * they disagree the intervention is still recorded, with a warning on its form and page. An intervention at a meeting
 * under the Chatham House rule never names its speaker (nor the group spoken for) to anonymous readers, and the
 * public API leaves it out. Interventions are listed on actor and group pages ({@code ActorPageSection}), on the note
 * they came from, on the day's notes and on a paragraph's history, added by interceptors so that notes and drafts do
 * not know this module. {@link org.plenary.interventions.BlocConsistency} flags members whose own word on an issue
 * differs from the position their group holds.
 *
 * <p>Writes go through {@link org.plenary.interventions.InterventionRecorder}, reads through
 * {@link org.plenary.interventions.InterventionReading}; pages live in {@code interventions.web}, the read API in
 * {@code interventions.api}. Depends on {@code actors} (names, groups), {@code process} (meetings), {@code notes}
 * (evidence, readers), {@code drafts} (paragraphs), {@code positions} (issues, group positions) and {@code web}.
 */
package org.plenary.interventions;
