package org.plenary.positions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.process.TableMeetingCitations;

/** Positions cite the meeting where they were heard; retracted ones too, since their history keeps them. */
@Component
class PositionMeetingCitations extends TableMeetingCitations {

    PositionMeetingCitations(JdbcClient jdbc) {
        super(jdbc, "position", "positions.citations");
    }
}
