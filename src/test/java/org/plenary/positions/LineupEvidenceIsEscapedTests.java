package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.plenary.actors.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The line-up's evidence, written in Java for speed, escapes every value it writes and leaves out what is absent. */
class LineupEvidenceIsEscapedTests {

    private final LineupEvidence evidence =
            LineupEvidence.of((key, arguments) -> "<" + key + ">", "g&m", Locale.ENGLISH);

    @Test
    void sources_quotes_titles_and_labels_are_escaped() {
        String html = this.evidence.html(
                entry("note\"><script>alert(1)</script>", "it's <b>bold</b>", "Morning <i>session</i>", "EU <27>"));
        assertThat(html)
                .startsWith("<dl class=\"evidence\">")
                .endsWith("</dl>")
                .doesNotContain("<script>", "<b>", "<i>", "\"><script", "<position.")
                .contains("<dt>&lt;position.validFrom&gt;</dt><dd>12 Mar 2018</dd>")
                .contains("<dd>note&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</dd>")
                .contains("<q>it&#39;s &lt;b&gt;bold&lt;/b&gt;</q>")
                .contains("<a href=\"/processes/g&amp;m/calendar#day-2018-03-12\">Morning &lt;i&gt;session&lt;/i&gt;"
                        + " (12 Mar 2018)</a>")
                .contains("<dd>EU &lt;27&gt;</dd>");
    }

    @Test
    void absent_parts_are_left_out() {
        String html = this.evidence.html(entry(null, null, null, null));
        assertThat(html)
                .isEqualTo("<dl class=\"evidence\"><dt>&lt;position.validFrom&gt;</dt><dd>12 Mar 2018</dd></dl>");
    }

    @Test
    void the_via_badge_and_the_groups_that_differ_are_escaped() {
        LineupEvidence labelled =
                LineupEvidence.of((key, arguments) -> key + java.util.Arrays.toString(arguments), "g", Locale.ENGLISH);
        IssueView.OptionView option = new IssueView.OptionView(7L, "no", "No <b>way</b>", null, "#b03a2e", 1);
        LineupEntry base = entry(null, null, null, null);
        LineupEntry disputed = new LineupEntry(
                base.actorId(),
                base.code(),
                base.name(),
                base.kind(),
                base.regionalGroup(),
                base.iso2(),
                base.positionId(),
                base.optionId(),
                base.validFrom(),
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                "G<1>",
                "Friends <i>of</i> children",
                null,
                null,
                LineupEntry.Movement.NONE,
                null,
                List.of(new LineupEntry.DifferingGroup("EU <27>", option, "SMALLER")));
        assertThat(labelled.via(disputed))
                .isEqualTo("<span class=\"badge via\">lineup.via[Friends &lt;i&gt;of&lt;/i&gt; children]</span>"
                        + " <span class=\"differs\">lineup.differs[EU &lt;27&gt;, No &lt;b&gt;way&lt;/b&gt;]"
                        + " (lineup.applies.SMALLER[])</span>");
    }

    private static LineupEntry entry(String source, String quote, String meetingTitle, String onBehalfOf) {
        LocalDate day = LocalDate.of(2018, 3, 12);
        return new LineupEntry(
                1L,
                "AUT",
                "Austria",
                ActorKind.STATE,
                null,
                "AT",
                2L,
                3L,
                day,
                source,
                quote,
                null,
                false,
                meetingTitle,
                meetingTitle == null ? null : day,
                onBehalfOf,
                null,
                null,
                null,
                null,
                LineupEntry.Movement.NONE,
                null,
                List.of());
    }
}
