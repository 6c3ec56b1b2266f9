package org.plenary.notes;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.plenary.process.MeetingChanged;

/**
 * A meeting that comes under the Chatham House rule takes its public notes with it: they become members' notes, in
 * the transaction that changed the meeting (the listener runs inside it), so that there is no moment when the
 * meeting is closed and a note about it is public. Each demotion is a row update, audited like any other.
 */
@Component
class ChathamHouseDemotion {

    private final Notes notes;

    private final Clock clock;

    ChathamHouseDemotion(Notes notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    @EventListener
    void on(MeetingChanged event) {
        if (!event.chathamHouse()) {
            return;
        }
        for (Note note : this.notes.findPublicOfMeeting(event.meetingId())) {
            note.demoteForChathamHouse(this.clock.instant());
        }
        this.notes.flush();
    }
}
