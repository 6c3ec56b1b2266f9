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
 */
public record LineupEvidence(
        String from,
        String meeting,
        String source,
        String quote,
        String onBehalfOf,
        String calendarPath,
        DateTimeFormatter dates) {

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
                DateTimeFormatter.ofPattern("d MMM yyyy", locale));
    }

    /** A message by its key in the reader's language. */
    @FunctionalInterface
    public interface Labels {
        String label(String key);
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
