package org.plenary.amendments;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.process.MeetingCitations;

/** Proponents, supporters and opponents of proposals cite the meeting where they spoke. */
@Component
class AmendmentMeetingCitations implements MeetingCitations {

    private final JdbcClient jdbc;

    AmendmentMeetingCitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long countCiting(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return 0;
        }
        return this.jdbc
                .sql("select count(*) from amendment_actor where meeting_id = any(:ids)")
                .param("ids", meetingIds.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    @Override
    public String messageKey() {
        return "amendment.citations";
    }
}
