package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

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
         * benchmark uses, docs/benchmarks/lineup-benchmark.md). A known stance is a link to the actor's page at the
         * issue (its evidence, reachable by keyboard and by tap), coloured by the option's class ({@link
         * StancePalette}: no inline style), showing the option's short label.
         * @param via the word for "via a group", in the reader's language
         * @param actorHref the actor's page as of the matrix' date
         * @param anchors the fragment of each issue's entry on that page, in the order of the cells
         */
        public String cellsHtml(String via, String actorHref, List<String> anchors) {
            StringBuilder html = new StringBuilder(this.cells.size() * 160);
            for (int i = 0; i < this.cells.size(); i++) {
                Cell cell = this.cells.get(i);
                if (cell == null) {
                    html.append("<td>·</td>");
                    continue;
                }
                html.append("<td class=\"stance-").append(cell.option().id());
                if (cell.viaName() != null) {
                    html.append(" via");
                }
                html.append("\"><a href=\"")
                        .append(HtmlUtils.htmlEscape(actorHref))
                        .append('#')
                        .append(HtmlUtils.htmlEscape(anchors.get(i)))
                        .append("\" title=\"")
                        .append(HtmlUtils.htmlEscape(cell.title(via)))
                        .append("\">")
                        .append(HtmlUtils.htmlEscape(cell.option().abbreviation()));
                if (cell.viaName() != null) {
                    html.append("<span class=\"visually-hidden\"> ")
                            .append(HtmlUtils.htmlEscape(via))
                            .append(' ')
                            .append(HtmlUtils.htmlEscape(cell.viaName()))
                            .append("</span>");
                }
                html.append("</a></td>");
            }
            return html.toString();
        }
    }

    /** The fragment of each issue's entry on an actor's page ({@code positions/actor-stances.html}), in order. */
    public List<String> issueAnchors(String processSlug) {
        return this.issues.stream()
                .map((i) -> "stance-" + processSlug + "-" + i.slug())
                .toList();
    }

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
