package org.plenary.drafts.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.RevisionEditing;
import org.plenary.web.EditConflict;
import org.plenary.web.FormSubmission;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * The lineage links of a revision (any logged-in user) and an analyst's correction of one link (versioned, audited).
 */
@Controller
class LinksController {

    private final DraftReading reading;

    private final RevisionEditing editing;

    LinksController(DraftReading reading, RevisionEditing editing) {
        this.reading = reading;
        this.editing = editing;
    }

    @GetMapping("/drafts/{slug}/revisions/{revision}/links")
    String links(@PathVariable String slug, @PathVariable String revision, Model model) {
        DraftViews.Links links = this.reading.links(slug, revision);
        model.addAttribute("links", links);
        model.addAttribute("process", links.process());
        return "drafts/links";
    }

    @PostMapping("/drafts/{slug}/revisions/{revision}/links/{node}")
    @PreAuthorize("hasRole('ANALYST')")
    String correct(
            @PathVariable String slug,
            @PathVariable String revision,
            @PathVariable Long node,
            @RequestParam(required = false) Long predecessorId,
            @RequestParam long version,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            this.editing.correctLink(node, predecessorId, version, principal.getName());
            redirect.addFlashAttribute("flash", "drafts.links.saved");
            return "redirect:/drafts/" + slug + "/revisions/" + revision + "/links#link-" + node;
        } catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
            DraftViews.Links links = this.reading.links(slug, revision);
            DraftViews.LinkedNode saved = links.nodes().stream()
                    .filter((linked) -> linked.node().id().equals(node))
                    .findFirst()
                    .orElseThrow();
            model.addAttribute("links", links);
            model.addAttribute("process", links.process());
            model.addAttribute(
                    "conflict",
                    EditConflict.compare()
                            .field(
                                    "drafts.links.predecessor",
                                    predecessorId,
                                    (saved.predecessor() != null)
                                            ? saved.predecessor().id()
                                            : null)
                            .build());
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "drafts/links";
        } catch (RuleException ex) {
            DraftViews.Links links = this.reading.links(slug, revision);
            model.addAttribute("links", links);
            model.addAttribute("process", links.process());
            model.addAttribute("linkError", ex.messageKey());
            model.addAttribute("linkErrorArgument", (ex.arguments().length > 0) ? ex.arguments()[0] : null);
            return FormSubmission.invalid(response, () -> "drafts/links");
        }
    }
}
