package org.plenary.process;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.SpokespersonMeetings;

/** Tells the actors module whether a meeting a spokesperson is named for exists, and lists the meetings to choose. */
@Component
@Transactional(readOnly = true)
class MeetingsForSpokespersons implements SpokespersonMeetings {

    private final Meetings meetings;

    private final JdbcClient jdbc;

    MeetingsForSpokespersons(Meetings meetings, JdbcClient jdbc) {
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    @Override
    public boolean exists(Long meetingId) {
        return this.meetings.existsById(meetingId);
    }

    @Override
    public List<Choice> choices() {
        return this.jdbc
                .sql("""
				select m.id, p.name, r.name, rd.day, m.title
				from meeting m join round_day rd on rd.id = m.round_day_id join round r on r.id = rd.round_id
				join process p on p.id = r.process_id
				order by p.starts_on nulls last, p.name, rd.day, m.starts_at nulls last, m.id
				""")
                .query((rs, n) -> new Choice(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5)))
                .list();
    }
}
