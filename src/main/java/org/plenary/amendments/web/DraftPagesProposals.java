package org.plenary.amendments.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.plenary.amendments.AmendmentReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.compare.RevisionComparison;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteSummary;

/**
 * Adds proposals to the drafts pages without the drafts module knowing of amendments: the reader gets the number of
 * proposals per paragraph (one query) and, for coordinators and analysts, the address of the quick form that its
 * "propose a change" script opens; the compare page gets the same counts for the older revision's paragraphs and, per
 * paragraph of the newer one, the proposals it adopted (one query); a paragraph's history gets the proposals made against it in every revision and
 * their outcomes (a fixed number of queries).
 */
@Configuration(proxyBeanMethods = false)
class DraftPagesProposals implements WebMvcConfigurer, HandlerInterceptor {

    private final AmendmentReading reading;

    private final NoteReader notes;

    DraftPagesProposals(AmendmentReading reading, NoteReader notes) {
        this.reading = reading;
        this.notes = notes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/drafts/*/revisions/*", "/drafts/*/paragraphs/*", "/drafts/*/compare");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.getModel() == null) {
            return;
        }
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        if (page.getModel().get("reading") instanceof DraftViews.RevisionReading reader
                && "drafts/revision".equals(page.getViewName())) {
            page.addObject(
                    "proposalCounts", this.reading.countsOf(reader.revision().id(), viewer));
            if (mayPropose(viewer)) {
                NoteSummary note = citedNote(request.getParameter("note"), reader.process(), viewer);
                page.addObject(
                        "proposeUrl",
                        request.getContextPath() + "/drafts/" + reader.process().slug() + "/amendments/new"
                                + ((note != null) ? "?note=" + note.id() : ""));
                if (note != null) {
                    page.addObject("proposeNote", note);
                }
            }
        }
        if (page.getModel().get("comparison") instanceof RevisionComparison comparison
                && "drafts/compare".equals(page.getViewName())) {
            page.addObject(
                    "proposalMarks",
                    this.reading.marksOf(comparison.from().id(), comparison.to().id(), viewer));
        }
        if (page.getModel().get("history") instanceof DraftViews.History history
                && "drafts/history".equals(page.getViewName())) {
            page.addObject("lineageProposals", this.reading.ofLineage(history.process(), history.lineageId(), viewer));
        }
    }

    /**
     * The note "Propose a change citing this note" carried to the reader, when it is a published note of the process
     * the reader may read (else none is carried: the form would refuse it).
     */
    private NoteSummary citedNote(String id, org.plenary.process.ProcessRef process, Authentication viewer) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return this.notes
                .note(Long.valueOf(id), NoteReader.Viewer.of(viewer))
                .map((view) -> view.note())
                .filter((n) -> n.processId().equals(process.id()) && !n.draft())
                .orElse(null);
    }

    static boolean mayPropose(Authentication viewer) {
        if (viewer == null) {
            return false;
        }
        for (GrantedAuthority authority : viewer.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.equals("ROLE_COORDINATOR") || name.equals("ROLE_ANALYST") || name.equals("ROLE_ADMIN")) {
                return true;
            }
        }
        return false;
    }
}
