package org.plenary.drafts.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.RevisionEditing;
import org.plenary.web.EditConflict;
import org.plenary.web.FormSubmission;

/**
 * The lineage links of a revision (any logged-in user) and an analyst's correction of one link (versioned, audited),
 * through the one path of every form ({@link FormSubmission}): a refused predecessor shows the page with the message at
 * that link's choice (400), a link changed meanwhile the conflict panel (409).
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

    /**
     * An analyst's correction of one link.
     * @param predecessorId the node of the previous revision it continues, or {@code null} (inserted)
     * @param version the link's version when the page was shown
     */
    record LinkForm(Long predecessorId, @NotNull Long version) {}

    @PostMapping("/drafts/{slug}/revisions/{revision}/links/{node}")
    @PreAuthorize("hasRole('ANALYST')")
    String correct(
            @PathVariable String slug,
            @PathVariable String revision,
            @PathVariable Long node,
            @Valid @ModelAttribute("linkForm") LinkForm form,
            BindingResult binding,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("failedNode", node);
        return FormSubmission.of(binding, response)
                .onConflict(() -> {
                    DraftViews.Links links = page(slug, revision, model);
                    DraftViews.LinkedNode saved = links.nodes().stream()
                            .filter((linked) -> linked.node().id().equals(node))
                            .findFirst()
                            .orElseThrow();
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field(
                                            "drafts.links.predecessor",
                                            form.predecessorId(),
                                            (saved.predecessor() != null)
                                                    ? saved.predecessor().id()
                                                    : null)
                                    .build());
                    return "drafts/links";
                })
                .save(
                        () -> {
                            this.editing.correctLink(node, form.predecessorId(), form.version(), principal.getName());
                            redirect.addFlashAttribute("flash", "drafts.links.saved");
                            return "redirect:/drafts/" + slug + "/revisions/" + revision + "/links#link-" + node;
                        },
                        () -> {
                            page(slug, revision, model);
                            return "drafts/links";
                        });
    }

    private DraftViews.Links page(String slug, String revision, Model model) {
        DraftViews.Links links = this.reading.links(slug, revision);
        model.addAttribute("links", links);
        model.addAttribute("process", links.process());
        return links;
    }
}
