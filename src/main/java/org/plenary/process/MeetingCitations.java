package org.plenary.process;

import java.util.Collection;

/**
 * Rows of another module that cite meetings as evidence: positions today, notes next. A meeting, or a day or round
 * that holds one, that any of them cites is not deleted: its deletion would drop what the evidence rests on, and with
 * it the fact that it was said under the Chatham House rule. A module whose rows cite meetings declares a bean of
 * this type (and its foreign key {@code on delete restrict}, so that the database refuses too); a module that cites
 * them in a {@code meeting_id} column of one table extends {@link TableMeetingCitations}.
 */
public interface MeetingCitations {

    /** How many of this module's rows cite any of these meetings. */
    long countCiting(Collection<Long> meetingIds);

    /** The message that names such rows, with their count as argument 0: "{0,choice,1#1 position|1<{0} positions}". */
    String messageKey();
}
