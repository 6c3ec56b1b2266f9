package org.plenary.interventions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.process.TableMeetingCitations;

/** Interventions cite the meeting where they were made: such a meeting is not deleted under them. */
@Component
class InterventionMeetingCitations extends TableMeetingCitations {

    InterventionMeetingCitations(JdbcClient jdbc) {
        super(jdbc, "intervention", "intervention.citations");
    }
}
