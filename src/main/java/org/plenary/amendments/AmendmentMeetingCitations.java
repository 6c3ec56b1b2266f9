package org.plenary.amendments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.plenary.process.TableMeetingCitations;

/** Proponents, supporters and opponents of proposals cite the meeting where they spoke. */
@Component
class AmendmentMeetingCitations extends TableMeetingCitations {

    AmendmentMeetingCitations(JdbcClient jdbc) {
        super(jdbc, "amendment_actor", "amendment.citations");
    }
}
