package org.plenary.process;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.SpokespersonMeetings;

/** Tells the actors module whether a meeting a spokesperson is named for exists. */
@Component
@Transactional(readOnly = true)
class MeetingsForSpokespersons implements SpokespersonMeetings {

    private final Meetings meetings;

    MeetingsForSpokespersons(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean exists(Long meetingId) {
        return this.meetings.existsById(meetingId);
    }
}
