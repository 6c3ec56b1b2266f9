package org.plenary.interventions;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.process.MeetingCitations;

/** Interventions cite the meeting where they were made: such a meeting is not deleted under them. */
@Component
class InterventionMeetingCitations implements MeetingCitations {

    private final JdbcClient jdbc;

    InterventionMeetingCitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countCiting(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return 0;
        }
        return this.jdbc
                .sql("select count(*) from intervention where meeting_id = any(:ids)")
                .param("ids", meetingIds.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "intervention.citations";
    }
}
