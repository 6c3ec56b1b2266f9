/**
 * Intervention suggestions (#8): the ENB-style sentences of a note ("Austria, on behalf of the EU 27, said ...", "The
 * Africa Group, represented by Comoros, ...", "supported by A and B") read into who spoke, for whom, and who supported
 * or opposed. {@link org.plenary.notes.suggestions.SuggestionParser} is the pure reader (no Spring); {@link
 * org.plenary.notes.suggestions.InterventionSuggestions} feeds it the actors the notes' recogniser finds at the note's
 * date. Nothing here saves anything: the note page links each suggestion to the interventions form, and the API
 * {@code POST /api/v1/interventions/suggest} answers scripts.
 */
package org.plenary.notes.suggestions;
