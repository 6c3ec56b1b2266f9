package org.plenary.positions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Writes the names of one line-up column ({@code <li>} per actor: the link to its page as of the date, its badges,
 * its remark, how it moved, and the evidence under it), every value escaped. A line-up shows about 200 names; as
 * template expressions they took about 80% of the page's CPU time (a JFR profile, docs/benchmarks/
 * lineup-benchmark.md), the way the matrix's cells did before {@link MatrixView}.
 *
 * @param evidence the evidence writer, with the reader's messages
 * @param contextPath the application's context path, before every link
 * @param groupBadge the badge of a group
 * @param chathamBadge the badge of a position known only from a Chatham House meeting
 * @param evidenceLabel the summary that opens the evidence
 */
public record LineupNames(
        LineupEvidence evidence, String contextPath, String groupBadge, String chathamBadge, String evidenceLabel) {

    public static LineupNames of(LineupEvidence evidence, String contextPath) {
        LineupEvidence.Labels labels = evidence.labels();
        return new LineupNames(
                evidence,
                contextPath,
                labels.label("actor.kind.GROUP"),
                labels.label("meeting.chathamHouse"),
                labels.label("lineup.evidence"));
    }

    /** The {@code <li>} of each actor, as HTML, with links as of the date. */
    public String html(List<LineupEntry> actors, LocalDate asOf) {
        StringBuilder html = new StringBuilder(actors.size() * 700);
        String query = asOf == null ? "" : "?asOf=" + asOf;
        for (LineupEntry actor : actors) {
            item(html, actor, query);
        }
        return html.toString();
    }

    private void item(StringBuilder html, LineupEntry actor, String query) {
        html.append(actor.isMover() ? "<li class=\"mover\">" : "<li>");
        html.append("<a href=\"")
                .append(escape(this.contextPath
                        + (actor.isGroup() ? "/groups/" : "/actors/")
                        + UriUtils.encodePathSegment(actor.code(), StandardCharsets.UTF_8)
                        + query))
                .append("\">")
                .append(escape(actor.name()))
                .append("</a>");
        if (actor.isAnnotated()) {
            annotations(html, actor);
        }
        html.append("<details><summary><span>")
                .append(escape(this.evidenceLabel))
                .append("</span><span class=\"visually-hidden\"> ")
                .append(escape(actor.name()))
                .append("</span></summary>")
                .append(this.evidence.html(actor))
                .append("</details></li>");
    }

    private void annotations(StringBuilder html, LineupEntry actor) {
        if (actor.isGroup()) {
            span(html, "badge", this.groupBadge);
        }
        if (actor.isVia()) {
            html.append(' ').append(this.evidence.via(actor));
        }
        if (actor.confidential()) {
            span(html, "badge chatham", this.chathamBadge);
        }
        if (actor.remark() != null && !actor.isVia()) {
            span(html, "remark", "(" + actor.remark() + ")");
        }
        if (actor.isMover()) {
            String was =
                    actor.previousOption() == null ? "" : actor.previousOption().label();
            span(
                    html,
                    "move " + actor.movement().name(),
                    this.evidence.labels().label("lineup.move." + actor.movement(), was));
        }
    }

    private static void span(StringBuilder html, String cssClass, String text) {
        html.append(" <span class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(text))
                .append("</span>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
