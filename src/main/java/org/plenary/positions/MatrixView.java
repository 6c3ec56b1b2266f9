package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import org.plenary.actors.ActorKind;
import org.plenary.actors.RegionalGroup;

/**
 * Actors (rows) by issues (columns) as of a date; a cell is null where the actor's stance is unknown.
 */
public record MatrixView(LocalDate asOf, List<IssueView> issues, List<Row> rows) {

    /** One actor with a cell per issue, in the order of {@link MatrixView#issues()}. */
    public record Row(
            Long actorId, String code, String name, ActorKind kind, RegionalGroup regionalGroup, List<Cell> cells) {

        /**
         * The row's cells as HTML, every value escaped here. Writing them in Java rather than with template
         * expressions per cell halves the matrix page's rendering time (thousands of cells at the scale the
         * benchmark uses, docs/benchmarks/lineup-benchmark.md).
         * @param via the word for "via a group", in the reader's language
         */
        public String cellsHtml(String via) {
            StringBuilder html = new StringBuilder(this.cells.size() * 120);
            for (Cell cell : this.cells) {
                if (cell == null) {
                    html.append("<td>·</td>");
                    continue;
                }
                html.append("<td");
                String colour = cell.option().colour();
                if (colour != null && SAFE_COLOUR.matcher(colour).matches()) {
                    html.append(" style=\"background:").append(colour).append('"');
                }
                html.append(" title=\"")
                        .append(HtmlUtils.htmlEscape(cell.title(via)))
                        .append('"');
                if (cell.viaName() != null) {
                    html.append(" class=\"via\"");
                }
                html.append('>')
                        .append(HtmlUtils.htmlEscape(cell.option().key()))
                        .append("</td>");
            }
            return html.toString();
        }
    }

    /** A colour the matrix puts into a style attribute: a hex colour or a CSS colour name, nothing else. */
    private static final Pattern SAFE_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}");

    /** The actor's stance on one issue, with its evidence. */
    public record Cell(
            IssueView.OptionView option,
            LocalDate validFrom,
            String viaName,
            String source,
            String quote,
            String remark,
            String meetingTitle,
            LocalDate meetingDay,
            boolean confidential) {

        /**
         * The evidence on hover: option, date, group, source, meeting and quote. Composed here, once per cell, because
         * the matrix has thousands of cells and a template expression per part made rendering the slowest step.
         * @param via the word for "via a group", in the reader's language
         */
        public String title(String via) {
            StringBuilder title =
                    new StringBuilder(this.option.label()).append(" · ").append(this.validFrom);
            if (this.viaName != null) {
                title.append(" · ").append(via).append(' ').append(this.viaName);
            }
            if (this.source != null) {
                title.append(" · ").append(this.source);
            }
            if (this.meetingTitle != null) {
                title.append(" · ").append(this.meetingTitle);
            }
            if (this.quote != null) {
                title.append(" · “").append(this.quote).append('”');
            }
            return title.toString();
        }
    }
}
