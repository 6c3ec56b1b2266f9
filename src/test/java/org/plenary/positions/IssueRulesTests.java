package org.plenary.positions;

import org.junit.jupiter.api.Test;

import org.plenary.web.RuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules an issue keeps over its stance options, without a database. */
class IssueRulesTests {

    Issue issue = new Issue(1L, "topic", "Topic", null);

    @Test
    void an_option_key_is_lowercase_words_joined_by_hyphens_and_unique_within_the_issue() {
        this.issue.addOption("in-between", "In between", "#d8a31a");
        assertThatThrownBy(() -> this.issue.addOption("in-between", "Again", "#000000"))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("option.duplicate"));
        assertThatThrownBy(() -> this.issue.addOption("In Between", "Caps", "#000000"))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("key"));
        assertThatThrownBy(() -> this.issue.addOption("ok", "Bad colour", "red"))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("colour"));
        assertThatThrownBy(() -> this.issue.addOption("ok", " ", "#000000"))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.field()).isEqualTo("label"));
        assertThat(this.issue.getOptions()).extracting(StanceOption::getKey).containsExactly("in-between");
    }

    @Test
    void moving_an_option_swaps_it_with_its_neighbour_and_stops_at_either_end() {
        StanceOption a = this.issue.addOption("a", "A", "#000000");
        StanceOption b = this.issue.addOption("b", "B", "#000000");
        StanceOption c = this.issue.addOption("c", "C", "#000000");
        this.issue.moveOption(c, -1);
        assertThat(new int[] {a.getRank(), b.getRank(), c.getRank()}).containsExactly(0, 2, 1);
        this.issue.moveOption(a, -1);
        this.issue.moveOption(b, 1);
        assertThat(new int[] {a.getRank(), b.getRank(), c.getRank()}).containsExactly(0, 2, 1);
    }

    @Test
    void an_option_in_use_is_not_removed_and_removing_an_unused_one_closes_the_gap() {
        StanceOption a = this.issue.addOption("a", "A", "#000000");
        StanceOption b = this.issue.addOption("b", "B", "#000000");
        StanceOption c = this.issue.addOption("c", "C", "#000000");
        assertThatThrownBy(() -> this.issue.removeOption(b, 2))
                .isInstanceOfSatisfying(
                        RuleException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("option.inUse"));
        assertThat(this.issue.getOptions()).contains(b);
        this.issue.removeOption(b, 0);
        assertThat(this.issue.getOptions()).containsExactly(a, c);
        assertThat(c.getRank()).isEqualTo(1);
        assertThat(this.issue.addOption("d", "D", "#000000").getRank()).isEqualTo(2);
    }
}
