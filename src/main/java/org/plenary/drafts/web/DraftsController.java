package org.plenary.drafts.web;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.Readership;
import org.plenary.drafts.compare.ComparisonDocument;
import org.plenary.drafts.compare.RevisionComparison;
import org.plenary.drafts.compare.RevisionComparisons;

/**
 * The drafts pages: the revisions of a process, the reader, a paragraph's history, the comparison of two revisions
 * and the term tracker. Published revisions are public documents; draft revisions (possibly confidential) are shown
 * to signed-in users only, and an anonymous reader who asks for one is sent to log in.
 */
@Controller
class DraftsController {

    private final DraftReading reading;

    private final RevisionComparisons comparisons;

    private final MessageSource messages;

    DraftsController(DraftReading reading, RevisionComparisons comparisons, MessageSource messages) {
        this.reading = reading;
        this.comparisons = comparisons;
        this.messages = messages;
    }

    @GetMapping("/drafts/{slug}")
    String overview(@PathVariable String slug, Authentication viewer, Model model) {
        DraftViews.Overview overview = this.reading.overview(slug, readership(viewer));
        model.addAttribute("overview", overview);
        model.addAttribute("process", overview.process());
        return "drafts/overview";
    }

    @GetMapping("/drafts/{slug}/revisions/{revision}")
    String revision(@PathVariable String slug, @PathVariable String revision, Authentication viewer, Model model) {
        DraftViews.RevisionReading reading = this.reading.revision(slug, revision, readership(viewer));
        model.addAttribute("reading", reading);
        model.addAttribute("process", reading.process());
        return "drafts/revision";
    }

    @GetMapping("/drafts/{slug}/paragraphs/{lineage}")
    String history(@PathVariable String slug, @PathVariable Long lineage, Authentication viewer, Model model) {
        DraftViews.History history = this.reading.history(slug, lineage, readership(viewer));
        model.addAttribute("history", history);
        model.addAttribute("process", history.process());
        return "drafts/history";
    }

    @GetMapping("/drafts/{slug}/compare")
    String compare(
            @PathVariable String slug,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "side") String view,
            @RequestParam(defaultValue = "false") boolean only,
            Authentication viewer,
            Model model) {
        RevisionComparison comparison = this.comparisons.compare(slug, from, to, readership(viewer));
        model.addAttribute("comparison", comparison);
        model.addAttribute("process", comparison.process());
        model.addAttribute("view", "inline".equals(view) ? "inline" : "side");
        model.addAttribute("only", only);
        return "drafts/compare";
    }

    /** The comparison as a Word document, insertions underlined and deletions struck through. */
    @GetMapping("/drafts/{slug}/compare.docx")
    ResponseEntity<byte[]> compareDocx(
            @PathVariable String slug,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(defaultValue = "false") boolean only,
            Authentication viewer) {
        RevisionComparison comparison = this.comparisons.compare(slug, from, to, readership(viewer));
        byte[] document = ComparisonDocument.docx(comparison, only, this.messages);
        String name =
                (slug + "-" + comparison.from().label() + "-" + comparison.to().label())
                                .replaceAll("[^A-Za-z0-9]+", "-")
                                .replaceAll("(^-|-$)", "")
                        + ".docx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ComparisonDocument.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(document);
    }

    @GetMapping("/drafts/{slug}/terms")
    String terms(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String phrase,
            Authentication viewer,
            Model model) {
        DraftViews.TermTrack track = this.reading.terms(slug, phrase, readership(viewer));
        model.addAttribute("track", track);
        model.addAttribute("process", track.process());
        return "drafts/terms";
    }

    /** Spring passes no authentication for an anonymous reader (its principal is hidden from handlers). */
    static Readership readership(Authentication viewer) {
        return (viewer == null || viewer instanceof AnonymousAuthenticationToken || !viewer.isAuthenticated())
                ? Readership.PUBLIC
                : Readership.SIGNED_IN;
    }
}
