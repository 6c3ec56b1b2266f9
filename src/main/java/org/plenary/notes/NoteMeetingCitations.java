package org.plenary.notes;

import java.util.Collection;

import org.springframework.stereotype.Component;

import org.plenary.process.MeetingCitations;

/** Notes about a meeting keep it: deleting it would lose that they were written under the Chatham House rule. */
@Component
class NoteMeetingCitations implements MeetingCitations {

    private final Notes notes;

    NoteMeetingCitations(Notes notes) {
        this.notes = notes;
    }

    @Override
    public long countCiting(Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? 0 : this.notes.countByMeetingIdIn(meetingIds);
    }

    @Override
    public String messageKey() {
        return "notes.citations";
    }
}
