package org.plenary.notes;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.plenary.process.MeetingChanged;

/**
 * A meeting that comes under the Chatham House rule takes its public notes with it: they become members' notes, in
 * the transaction that changed the meeting (the listener runs inside it), so that there is no moment when the
 * meeting is closed and a note about it is public. Each demotion is a row update, audited like any other. The
 * positions its notes' line-ups recorded lose their written source (the note) in the same transaction, so that they
 * leave the public line-ups too ({@link NoteLineups#withholdSources}).
 */
@Component
class ChathamHouseDemotion {

    private final Notes notes;

    private final Clock clock;

    private final NoteLineups lineups;

    ChathamHouseDemotion(Notes notes, Clock clock, NoteLineups lineups) {
        this.notes = notes;
        this.clock = clock;
        this.lineups = lineups;
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
        this.lineups.withholdSources(event.meetingId());
    }
}
