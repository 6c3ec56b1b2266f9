package org.plenary.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * The meetings a spokesperson can be named for. The process module owns meetings and depends on this module
 * (co-facilitators are actors), so it implements this interface rather than this module reading its tables or
 * depending back on it.
 */
public interface SpokespersonMeetings {

    boolean exists(Long meetingId);

    /** Every meeting, by process (in the processes' order), day and start, for the admin select: one query. */
    List<Choice> choices();

    /**
     * A meeting as the admin select shows it.
     *
     * @param id the meeting's id
     * @param process the name of its process
     * @param round the name of its round
     * @param day its day
     * @param title its title
     */
    record Choice(Long id, String process, String round, LocalDate day, String title) {}
}
