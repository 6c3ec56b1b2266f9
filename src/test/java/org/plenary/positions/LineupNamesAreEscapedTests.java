package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.plenary.actors.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The line-up's names, written in Java for speed, escape every value they write and carry the page's markup. */
class LineupNamesAreEscapedTests {

    private final LineupNames names = LineupNames.of(
            LineupEvidence.of(
                    (key, arguments) -> "<" + key + (arguments.length == 0 ? "" : ":" + arguments[0]) + ">",
                    "gcm",
                    Locale.ENGLISH),
            "/app");

    @Test
    void names_remarks_badges_and_links_are_escaped() {
        String html = this.names.html(
                List.of(
                        entry("A<B", "<script>alert(1)</script>", ActorKind.STATE, "it's <b>", null),
                        entry("G&1", "Group \"x\"", ActorKind.GROUP, null, "EU <27>")),
                LocalDate.of(2018, 3, 12));
        assertThat(html)
                .doesNotContain("<script>", "<b>", "<27>", "<actor.")
                .contains("<li><a href=\"/app/actors/A%3CB?asOf=2018-03-12\">&lt;script&gt;alert(1)&lt;/script&gt;</a>")
                .contains(" <span class=\"remark\">(it&#39;s &lt;b&gt;)</span>")
                .contains("<a href=\"/app/groups/G&amp;1?asOf=2018-03-12\">Group &quot;x&quot;</a>")
                .contains(" <span class=\"badge\">&lt;actor.kind.GROUP&gt;</span>")
                .contains(" <span class=\"badge via\">&lt;lineup.via:EU &lt;27&gt;&gt;</span>")
                .contains("<span class=\"visually-hidden\"> &lt;script&gt;alert(1)&lt;/script&gt;</span>")
                .contains("<dl class=\"evidence\">");
        assertThat(html.split("<li", -1)).hasSize(3);
        assertThat(html.split("</li>", -1)).hasSize(3);
    }

    @Test
    void a_mover_is_marked_and_says_where_it_was() {
        IssueView.OptionView before = new IssueView.OptionView(7L, "legal", "Only <legal>", null, null, 1);
        LineupEntry mover = new LineupEntry(
                1L,
                "AUT",
                "Austria",
                ActorKind.STATE,
                null,
                "AT",
                2L,
                3L,
                LocalDate.of(2018, 3, 12),
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                7L,
                null,
                LineupEntry.Movement.TOWARD_FIRST,
                before,
                List.of());
        String html = this.names.html(List.of(mover), null);
        assertThat(html)
                .startsWith("<li class=\"mover\"><a href=\"/app/actors/AUT\">Austria</a>")
                .contains(
                        " <span class=\"move TOWARD_FIRST\">&lt;lineup.move.TOWARD_FIRST:Only &lt;legal&gt;&gt;</span>");
    }

    @Test
    void an_entry_without_annotations_has_no_badge() {
        String html = this.names.html(List.of(entry("FRA", "France", ActorKind.STATE, null, null)), null);
        assertThat(html).doesNotContain("<span class=\"badge", "remark", "move");
    }

    private static LineupEntry entry(String code, String name, ActorKind kind, String remark, String via) {
        LocalDate day = LocalDate.of(2018, 3, 12);
        return new LineupEntry(
                1L,
                code,
                name,
                kind,
                null,
                null,
                2L,
                3L,
                day,
                null,
                null,
                remark,
                false,
                null,
                null,
                null,
                via == null ? null : "EU27",
                via,
                null,
                null,
                LineupEntry.Movement.NONE,
                null,
                List.of());
    }
}
