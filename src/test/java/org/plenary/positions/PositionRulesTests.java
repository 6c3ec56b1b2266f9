package org.plenary.positions;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import org.plenary.web.RuleException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules on the model, without a database: retraction, evidence, options of the issue. Which position holds on a
 * date is the SQL's (PositionRulesParityProperties).
 */
class PositionRulesTests {

    private final Issue issue = issue();

    private Issue issue() {
        Issue issue = new Issue(1L, "i", "Issue", null);
        StanceOption yes = issue.addOption("yes", "Yes", "#00aa00");
        StanceOption no = issue.addOption("no", "No", "#aa0000");
        ReflectionTestUtils.setField(yes, "id", 1L);
        ReflectionTestUtils.setField(no, "id", 2L);
        return issue;
    }

    private Position position(long id, String key, LocalDate from) {
        StanceOption option = this.issue.getOptions().stream()
                .filter((o) -> o.getKey().equals(key))
                .findFirst()
                .orElseThrow();
        Position p =
                new Position(this.issue, 7L, option, from, new Evidence(null, "note", null, null), null, "me", null);
        ReflectionTestUtils.setField(p, "id", id);
        return p;
    }

    @Test
    void a_retracted_position_cannot_be_corrected() {
        Position first = position(1, "yes", LocalDate.of(2018, 3, 12));
        Position second = position(2, "no", LocalDate.of(2018, 3, 14));
        second.retract();
        assertThatThrownBy(() -> second.correct(
                        first.getOption(), LocalDate.of(2018, 3, 14), new Evidence(null, "x", null, null), null))
                .isInstanceOf(RuleException.class);
    }

    @Test
    void a_position_needs_evidence_and_an_option_of_its_issue() {
        Issue other = new Issue(1L, "o", "Other", null);
        StanceOption foreign = other.addOption("x", "X", "#000000");
        ReflectionTestUtils.setField(foreign, "id", 99L);
        assertThatThrownBy(() -> new Position(
                        this.issue,
                        7L,
                        foreign,
                        LocalDate.of(2018, 3, 12),
                        new Evidence(null, "note", null, null),
                        null,
                        "me",
                        null))
                .isInstanceOf(RuleException.class)
                .hasMessage("position.option.notOfIssue");
        assertThatThrownBy(() -> new Position(
                        this.issue,
                        7L,
                        this.issue.getOptions().get(0),
                        LocalDate.of(2018, 3, 12),
                        new Evidence(null, " ", null, null),
                        null,
                        "me",
                        null))
                .hasMessage("position.evidence.required");
    }
}
