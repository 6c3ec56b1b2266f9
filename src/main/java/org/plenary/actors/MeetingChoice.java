package org.plenary.actors;

import java.time.LocalDate;

/**
 * A meeting a one-meeting spokesperson can be named for, as the admin select shows it.
 *
 * @param id the meeting's id
 * @param process the name of its process
 * @param round the name of its round
 * @param day its day
 * @param title its title
 */
record MeetingChoice(Long id, String process, String round, LocalDate day, String title) {}
