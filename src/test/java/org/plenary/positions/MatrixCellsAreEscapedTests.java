package org.plenary.positions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.plenary.actors.ActorKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix writes its cells in Java ({@link MatrixView.Row#cellsHtml}): every value a user typed comes out
 * escaped, and a colour that is not a colour never reaches the page: cells carry the option's class, never a style.
 */
class MatrixCellsAreEscapedTests {

    @Test
    void quotes_sources_and_keys_are_escaped() {
        IssueView.OptionView option = new IssueView.OptionView(1L, "a<b", "Yes \"really\"", null, "#1f5fa8", 0);
        MatrixView.Cell cell = new MatrixView.Cell(
                option,
                LocalDate.of(2018, 3, 12),
                "EU <27>",
                "note\"><script>alert(1)</script>",
                "it's <b>bold</b>",
                null,
                null,
                null,
                false);
        String html = row(cell, null).cellsHtml("via", "/actors/AUT?asOf=2018-03-12&x=\"", List.of("a\"", "b"));
        assertThat(html)
                .doesNotContain("<script>", "<b>", "\"><script")
                .contains("&lt;script&gt;", ">a&lt;b<span", "class=\"stance-1 via\"", "EU &lt;27&gt;")
                .contains("href=\"/actors/AUT?asOf=2018-03-12&amp;x=&quot;#a&quot;\"")
                .doesNotContain("style=")
                .startsWith("<td ")
                .endsWith("<td>·</td>");
    }

    @Test
    void a_colour_that_is_not_a_colour_is_left_out() {
        IssueView.OptionView option =
                new IssueView.OptionView(2L, "x", "X", null, "red;background-image:url(http://evil)", 0);
        MatrixView.Cell cell =
                new MatrixView.Cell(option, LocalDate.of(2018, 3, 12), null, null, null, null, null, null, false);
        assertThat(row(cell).cellsHtml("via", "/actors/AUT", List.of("a")))
                .doesNotContain("style=")
                .doesNotContain("evil");
    }

    private static MatrixView.Row row(MatrixView.Cell... cells) {
        return new MatrixView.Row(1L, "AUT", "Austria", ActorKind.STATE, null, Arrays.asList(cells));
    }
}
