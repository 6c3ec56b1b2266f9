package org.plenary.amendments.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.plenary.amendments.AmendmentReading;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteView;
import org.plenary.notes.suggestions.WordingSuggestions;
import org.plenary.process.ProcessRef;

/**
 * Adds proposals to the note page without the notes module knowing of amendments, for coordinators and analysts and a
 * published note: the link "Propose a change citing this note" (the reader of the revision current on the note's date,
 * the latest issued on or before it, with the note carried to the proposal form), and the wording the note's prose
 * proposes, each with the paragraphs of that revision holding its words, those already proposed (identical proposals
 * are one) and a pre-filled "Record proposal" link for the others. Two queries (the series, then the paragraphs and
 * the proposals of that revision when the note proposes any wording), whatever the note's length.
 */
@Configuration(proxyBeanMethods = false)
class NotePagesProposals implements WebMvcConfigurer, HandlerInterceptor {

    private final DraftReading drafts;

    private final AmendmentReading reading;

    private final WordingSuggestions wordings;

    NotePagesProposals(DraftReading drafts, AmendmentReading reading, WordingSuggestions wordings) {
        this.drafts = drafts;
        this.reading = reading;
        this.wordings = wordings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/notes/*");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null
                || !"notes/note".equals(page.getViewName())
                || !(page.getModel().get("note") instanceof NoteView note)
                || !(page.getModel().get("process") instanceof ProcessRef process)
                || note.note().draft()
                || !DraftPagesProposals.mayPropose(
                        SecurityContextHolder.getContext().getAuthentication())) {
            return;
        }
        RevisionRow current = current(this.drafts.series(process), note.note().date());
        String reader = (current != null)
                ? request.getContextPath() + "/drafts/" + process.slug() + "/revisions/" + current.id() + "?note="
                        + note.note().id()
                : null;
        page.addObject("proposeFromNote", new ProposeFromNote(current, reader));
        List<WordingSuggestions.Found> found = this.wordings.find(note);
        if (found.isEmpty()) {
            return;
        }
        List<NodeRow> paragraphs = (current != null) ? this.drafts.nodes(List.of(current.id())) : List.of();
        Map<String, Long> proposed = (current != null) ? this.reading.identitiesOf(current.id()) : Map.of();
        page.addObject(
                "proposalSuggestions",
                found.stream()
                        .map((f) -> ProposalSuggestion.of(
                                f, note.note(), process, current, paragraphs, proposed, request.getContextPath()))
                        .toList());
    }

    /** The revision current on a day: the latest issued on or before it, or {@code null}. */
    static RevisionRow current(List<RevisionRow> series, LocalDate day) {
        return series.stream()
                .filter((r) -> r.issuedOn() != null && !r.issuedOn().isAfter(day))
                .max(Comparator.comparing(RevisionRow::issuedOn).thenComparingInt(RevisionRow::sequence))
                .orElse(null);
    }

    /**
     * The note page's way into the reader.
     * @param revision the revision current on the note's date, or {@code null} when none was issued by then
     * @param readerHref its reader, carrying the note, or {@code null}
     */
    record ProposeFromNote(RevisionRow revision, String readerHref) {}
}
