package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording, correcting and retracting positions publish {@link PositionsRecorded}, for modules that follow positions.
 */
@PlenaryIntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class PositionEventsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PositionRecorder recorder;

    @Autowired
    ApplicationEvents events;

    @Test
    void recording_correcting_and_retracting_publish_positions_recorded() {
        PositionsFixture fixture = new PositionsFixture(this.jdbc);
        long issue = fixture.issue("events");
        long a = fixture.actor("A", "STATE", "WEOG");
        long b = fixture.actor("B", "STATE", "WEOG");
        Evidence evidence = new Evidence(fixture.openMeeting, "note", null, null);
        List<Long> ids = this.recorder.record(
                issue, List.of(a, b), new PositionDraft("yes", LocalDate.of(2018, 3, 12), evidence, null));

        assertThat(this.events.stream(PositionsRecorded.class)).containsExactly(new PositionsRecorded(issue, ids));

        long version = this.recorder.edit(ids.get(0)).version();
        this.recorder.correct(
                ids.get(0), version, new PositionDraft("no", LocalDate.of(2018, 3, 12), evidence, "corrected"));
        this.recorder.retract(ids.get(1), this.recorder.edit(ids.get(1)).version());

        assertThat(this.events.stream(PositionsRecorded.class))
                .containsExactly(
                        new PositionsRecorded(issue, ids),
                        new PositionsRecorded(issue, List.of(ids.get(0))),
                        new PositionsRecorded(issue, List.of(ids.get(1))));
    }
}
