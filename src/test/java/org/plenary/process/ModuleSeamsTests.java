package org.plenary.process;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.SpokespersonMeetings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other modules ask of the process and actors modules instead of reading their tables: a process's meetings
 * and a meeting's process, an actor by id and the groups, whether a meeting exists.
 */
@PlenaryIntegrationTest
class ModuleSeamsTests {

    @Autowired
    ProcessCatalog processes;

    @Autowired
    ActorDirectory actors;

    @Autowired
    SpokespersonMeetings spokespersonMeetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_process_lists_its_meetings_latest_day_first_and_a_meeting_knows_its_process() {
        String slug = "seams-" + UUID.randomUUID().toString().substring(0, 8);
        long process = id(
                "insert into process (slug, name, starts_on, ends_on) values (?, ?, ?, ?) returning id",
                slug,
                "Seams " + slug,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31));
        long round = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                process,
                LocalDate.of(2018, 3, 1),
                LocalDate.of(2018, 3, 31));
        long day12 = id(
                "insert into round_day (round_id, day) values (?, ?) returning id", round, LocalDate.of(2018, 3, 12));
        long day13 = id(
                "insert into round_day (round_id, day) values (?, ?) returning id", round, LocalDate.of(2018, 3, 13));
        long morning = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning', 'PLENARY', '10:00')"
                        + " returning id",
                day12);
        long closed = id(
                "insert into meeting (round_day_id, title, kind, chatham_house) values (?, 'Closed', 'CIVIL_SOCIETY',"
                        + " true) returning id",
                day13);

        assertThat(this.processes.meetingsOf(process))
                .extracting(MeetingRef::id, MeetingRef::day, MeetingRef::chathamHouse, MeetingRef::roundName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(closed, LocalDate.of(2018, 3, 13), true, "Round 2"),
                        org.assertj.core.groups.Tuple.tuple(morning, LocalDate.of(2018, 3, 12), false, "Round 2"));
        assertThat(this.processes.processOf(morning))
                .get()
                .extracting(ProcessRef::slug)
                .isEqualTo(slug);
        assertThat(this.processes.processOf(-1L)).isEmpty();
        assertThat(this.spokespersonMeetings.exists(closed)).isTrue();
        assertThat(this.spokespersonMeetings.exists(-1L)).isFalse();
    }

    @Test
    void an_actor_is_found_by_id_and_the_groups_are_listed_by_name() {
        ActorRef austria = this.actors.find("AUT").orElseThrow();

        assertThat(this.actors.find(austria.id())).contains(austria);
        assertThat(this.actors.find(-1L)).isEmpty();
        assertThat(this.actors.groups())
                .isNotEmpty()
                .allSatisfy((group) -> assertThat(group.kind()).isEqualTo(ActorKind.GROUP))
                .extracting(ActorRef::name)
                .isSortedAccordingTo(String::compareTo)
                .contains("EU 27");
    }

    private long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
