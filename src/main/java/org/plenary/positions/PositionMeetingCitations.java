package org.plenary.positions;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.process.MeetingCitations;

/** Positions cite the meeting where they were heard; retracted ones too, since their history keeps them. */
@Component
class PositionMeetingCitations implements MeetingCitations {

    private final JdbcClient jdbc;

    PositionMeetingCitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countCiting(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return 0;
        }
        return this.jdbc
                .sql("select count(*) from position where meeting_id = any(:ids)")
                .param("ids", meetingIds.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "positions.citations";
    }
}
