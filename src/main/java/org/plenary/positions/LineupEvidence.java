package org.plenary.positions;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Writes the evidence list under each name of a line-up ({@code <dl class="evidence">}: from, meeting, source, quote,
 * on behalf of), every value escaped. A line-up has about 200 names; as template expressions the evidence was most of
 * the page's cost (docs/benchmarks/lineup-benchmark.md), as the matrix's cells were before {@link MatrixView}.
 *
 * @param from the label of the date the position holds from
 * @param meeting the label of the meeting
 * @param source the label of the written source
 * @param quote the label of the quote
 * @param onBehalfOf the label of the group spoken for
 * @param calendarPath the process's calendar page, to which a meeting links at its day
 * @param dates how dates are written (day, short month, year in the reader's language)
 * @param labels the reader's messages, for the few entries whose groups disagree
 */
public record LineupEvidence(
        String from,
        String meeting,
        String source,
        String quote,
        String onBehalfOf,
        String calendarPath,
        DateTimeFormatter dates,
        Labels labels) {

    /** The labels in the reader's language, and the calendar of the process with this slug. */
    public static LineupEvidence of(Labels labels, String processSlug, Locale locale) {
        return new LineupEvidence(
                labels.label("position.validFrom"),
                labels.label("position.meeting"),
                labels.label("position.source"),
                labels.label("position.quote"),
                labels.label("position.onBehalfOf"),
                "/processes/" + UriUtils.encodePathSegment(processSlug, java.nio.charset.StandardCharsets.UTF_8)
                        + "/calendar",
                DateTimeFormatter.ofPattern("d MMM yyyy", locale),
                labels);
    }

    /** A message by its key in the reader's language, with its arguments. */
    @FunctionalInterface
    public interface Labels {
        String label(String key, Object... arguments);
    }

    /**
     * The badge of a state that holds a group's position ("via EU 27") and, when its groups disagree on the date
     * (Luxembourg on 12 March 2018: the friends of children and the EU 27), each other group's stance and why the one
     * shown applies.
     */
    public String via(LineupEntry entry) {
        StringBuilder html = new StringBuilder(60);
        html.append("<span class=\"badge via\">")
                .append(escape(this.labels.label("lineup.via", entry.viaName())))
                .append("</span>");
        for (LineupEntry.DifferingGroup other : entry.differing()) {
            html.append(" <span class=\"differs\">")
                    .append(escape(this.labels.label(
                            "lineup.differs", other.groupName(), other.option().label())))
                    .append(" (")
                    .append(escape(this.labels.label("lineup.applies." + other.reason())))
                    .append(")</span>");
        }
        return html.toString();
    }

    /** The evidence of one entry, as HTML. */
    public String html(LineupEntry entry) {
        StringBuilder html = new StringBuilder(400);
        html.append("<dl class=\"evidence\">");
        if (entry.validFrom() != null) {
            term(html, this.from)
                    .append(escape(this.dates.format(entry.validFrom())))
                    .append("</dd>");
        }
        if (entry.meetingTitle() != null) {
            term(html, this.meeting).append("<a href=\"");
            html.append(escape(this.calendarPath + "#day-" + entry.meetingDay()))
                    .append("\">");
            html.append(escape(entry.meetingTitle()));
            if (entry.meetingDay() != null) {
                html.append(" (")
                        .append(escape(this.dates.format(entry.meetingDay())))
                        .append(')');
            }
            html.append("</a></dd>");
        }
        if (entry.source() != null) {
            term(html, this.source).append(escape(entry.source())).append("</dd>");
        }
        if (entry.quote() != null) {
            term(html, this.quote).append("<q>").append(escape(entry.quote())).append("</q></dd>");
        }
        if (entry.onBehalfOf() != null) {
            term(html, this.onBehalfOf).append(escape(entry.onBehalfOf())).append("</dd>");
        }
        return html.append("</dl>").toString();
    }

    private static StringBuilder term(StringBuilder html, String label) {
        return html.append("<dt>").append(escape(label)).append("</dt><dd>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
