package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line-up query on real PostgreSQL: as-of dates, supersession, retraction, group inheritance across a
 * membership change, and movers between two dates.
 */
@PlenaryIntegrationTest
class LineupAsOfAndGroupsTests {

    static final LocalDate D10 = LocalDate.of(2018, 3, 10);

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    static final LocalDate D14 = LocalDate.of(2018, 3, 14);

    static final LocalDate D16 = LocalDate.of(2018, 3, 16);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IssueCatalog issues;

    @Autowired
    LineupReader lineups;

    PositionsFixture f;

    long issueId;

    IssueView issue;

    @BeforeEach
    void setUp() {
        this.f = new PositionsFixture(this.jdbc);
        this.issueId = this.f.issue("topic");
        this.issue = IssueCatalog.find(this.issues.issuesOf(this.f.processId), "topic")
                .orElseThrow();
    }

    private String column(LineupView view, String code) {
        return view.columns().stream()
                .filter((c) -> c.actors().stream().anyMatch((a) -> a.code().equals(this.f.code(code))))
                .map((c) -> c.option().key())
                .findFirst()
                .orElse(null);
    }

    private LineupEntry entry(LineupView view, String code) {
        return view.placed().stream()
                .filter((a) -> a.code().equals(this.f.code(code)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_position_holds_from_its_date_until_a_later_one_supersedes_it() {
        long state = this.f.actor("AAA", "STATE", "WEOG");
        this.f.position(this.issueId, state, "yes", D12, null, "note 12");
        this.f.position(this.issueId, state, "no", D14, null, "note 14");
        assertThat(column(this.lineups.lineup(this.issue, D10, null, false), "AAA"))
                .isNull();
        assertThat(this.lineups.lineup(this.issue, D10, null, false).unknown())
                .anyMatch((a) -> a.code().equals(this.f.code("AAA")));
        assertThat(column(this.lineups.lineup(this.issue, D12, null, false), "AAA"))
                .isEqualTo("yes");
        assertThat(column(this.lineups.lineup(this.issue, LocalDate.of(2018, 3, 13), null, false), "AAA"))
                .isEqualTo("yes");
        assertThat(column(this.lineups.lineup(this.issue, D14, null, false), "AAA"))
                .isEqualTo("no");
        assertThat(entry(this.lineups.lineup(this.issue, D16, null, false), "AAA")
                        .source())
                .isEqualTo("note 14");
    }

    @Test
    void a_retracted_position_lets_the_earlier_one_hold_again() {
        long state = this.f.actor("AAA", "STATE", "WEOG");
        this.f.position(this.issueId, state, "yes", D12, null, "note 12");
        long later = this.f.position(this.issueId, state, "no", D14, null, "note 14");
        this.jdbc
                .sql("update position set retracted = true where id = ?")
                .param(later)
                .update();
        assertThat(column(this.lineups.lineup(this.issue, D16, null, false), "AAA"))
                .isEqualTo("yes");
    }

    @Test
    void a_group_position_applies_to_its_members_of_the_date_unless_they_have_their_own() {
        long group = this.f.actor("GRP", "GROUP", null);
        long stays = this.f.actor("STY", "STATE", "EEG");
        long leaves = this.f.actor("LVS", "STATE", "EEG");
        long joins = this.f.actor("JNS", "STATE", "EEG");
        long own = this.f.actor("OWN", "STATE", "EEG");
        this.f.member(group, stays, null, null);
        this.f.member(group, leaves, null, LocalDate.of(2018, 3, 13));
        this.f.member(group, joins, LocalDate.of(2018, 3, 14), null);
        this.f.member(group, own, null, null);
        this.f.position(this.issueId, group, "no", D12, null, "group statement");
        this.f.position(this.issueId, own, "yes", D12, null, "own statement");

        LineupView before = this.lineups.lineup(this.issue, D12, null, false);
        assertThat(column(before, "STY")).isEqualTo("no");
        assertThat(entry(before, "STY").viaName()).isEqualTo("Name GRP" + this.f.suffix);
        assertThat(column(before, "LVS")).isEqualTo("no");
        assertThat(column(before, "JNS")).isNull();
        assertThat(column(before, "OWN")).isEqualTo("yes");
        assertThat(entry(before, "OWN").viaName()).isNull();
        assertThat(entry(before, "GRP").isGroup()).isTrue();

        LineupView after = this.lineups.lineup(this.issue, D14, null, false);
        assertThat(column(after, "STY")).isEqualTo("no");
        assertThat(column(after, "LVS")).isNull();
        assertThat(column(after, "JNS")).isEqualTo("no");
    }

    @Test
    void the_smaller_group_speaks_for_a_member_of_two_groups_with_positions_of_the_same_date() {
        long big = this.f.actor("BIG", "GROUP", null);
        long small = this.f.actor("SML", "GROUP", null);
        long both = this.f.actor("BTH", "STATE", "WEOG");
        this.f.member(big, both, null, null);
        this.f.member(big, this.f.actor("B2", "STATE", "WEOG"), null, null);
        this.f.member(big, this.f.actor("B3", "STATE", "WEOG"), null, null);
        this.f.member(small, both, null, null);
        this.f.position(this.issueId, big, "no", D12, null, "big");
        this.f.position(this.issueId, small, "yes", D12, null, "small");
        LineupView view = this.lineups.lineup(this.issue, D12, null, false);
        assertThat(column(view, "BTH")).isEqualTo("yes");
        assertThat(entry(view, "BTH").viaName()).isEqualTo("Name SML" + this.f.suffix);
    }

    @Test
    void comparing_two_dates_marks_who_moved_and_in_which_direction() {
        long toward = this.f.actor("TWD", "STATE", "GRULAC");
        long away = this.f.actor("AWY", "STATE", "GRULAC");
        long steady = this.f.actor("STD", "STATE", "GRULAC");
        long newcomer = this.f.actor("NEW", "STATE", "GRULAC");
        this.f.position(this.issueId, toward, "no", D10, null, "n");
        this.f.position(this.issueId, toward, "maybe", D14, null, "n");
        this.f.position(this.issueId, away, "yes", D10, null, "n");
        this.f.position(this.issueId, away, "no", D14, null, "n");
        this.f.position(this.issueId, steady, "yes", D10, null, "n");
        this.f.position(this.issueId, newcomer, "yes", D14, null, "n");

        LineupView view = this.lineups.lineup(this.issue, D16, D12, false);
        assertThat(entry(view, "TWD").movement()).isEqualTo(LineupEntry.Movement.TOWARD_FIRST);
        assertThat(entry(view, "TWD").previousOption().key()).isEqualTo("no");
        assertThat(entry(view, "AWY").movement()).isEqualTo(LineupEntry.Movement.TOWARD_LAST);
        assertThat(entry(view, "STD").movement()).isEqualTo(LineupEntry.Movement.NONE);
        assertThat(entry(view, "NEW").movement()).isEqualTo(LineupEntry.Movement.NEW);
        assertThat(view.movers()).isEqualTo(3);

        LineupView none = this.lineups.lineup(this.issue, D16, null, false);
        assertThat(none.movers()).isZero();
    }

    @Test
    void counts_by_regional_group_add_up_to_the_states() {
        long a = this.f.actor("CNT", "STATE", "AFRICAN");
        this.f.position(this.issueId, a, "maybe", D12, null, "n");
        LineupView view = this.lineups.lineup(this.issue, D12, null, false);
        long states = view.placed().stream().filter(LineupEntry::isState).count()
                + view.unknown().size();
        long counted = view.regions().stream()
                .mapToLong((r) -> r.unknown()
                        + r.perOption().stream().mapToInt(Integer::intValue).sum())
                .sum();
        assertThat(counted).isEqualTo(states);
        List<Integer> african = view.regions().stream()
                .filter((r) -> r.region() == org.plenary.actors.RegionalGroup.AFRICAN)
                .findFirst()
                .orElseThrow()
                .perOption();
        assertThat(african.get(1)).isGreaterThanOrEqualTo(1);
    }
}
