package org.plenary.positions;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.plenary.actors.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The line-up's evidence, written in Java for speed, escapes every value it writes and leaves out what is absent. */
class LineupEvidenceIsEscapedTests {

    private final LineupEvidence evidence = LineupEvidence.of((key) -> "<" + key + ">", "g&m", Locale.ENGLISH);

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
                null);
    }
}
