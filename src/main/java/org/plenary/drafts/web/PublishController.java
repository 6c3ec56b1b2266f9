package org.plenary.drafts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.drafts.Readership;
import org.plenary.drafts.RevisionEditing;
import org.plenary.web.FormSubmission;

/**
 * Publishing a draft revision (analysts): from then on it refuses changes. A refusal (already published) or a
 * revision changed since the page was shown answers the revision's page with the message, through the one path of
 * every form ({@link FormSubmission}: 400, or 409 for the stale version).
 */
@Controller
class PublishController {

    private final RevisionEditing editing;

    private final DraftReading reading;

    PublishController(RevisionEditing editing, DraftReading reading) {
        this.editing = editing;
        this.reading = reading;
    }

    /**
     * The publish button's form.
     * @param version the revision's version when the page was shown: a revision changed since is not published unseen
     */
    record PublishForm(@NotNull Long version) {}

    @PostMapping("/drafts/{slug}/revisions/{revision}/publish")
    @PreAuthorize("hasRole('ANALYST')")
    String publish(
            @PathVariable String slug,
            @PathVariable Long revision,
            @Valid @ModelAttribute("publishForm") PublishForm form,
            BindingResult binding,
            Authentication viewer,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding, response)
                .onConflict(() -> {
                    binding.reject("drafts.revision.changedMeanwhile");
                    return page(slug, revision, model);
                })
                .save(
                        () -> {
                            this.editing.publish(revision, form.version());
                            redirect.addFlashAttribute("flash", "drafts.revision.publishedNow");
                            return "redirect:/drafts/" + slug + "/revisions/" + revision;
                        },
                        () -> page(slug, revision, model));
    }

    private String page(String slug, Long revision, Model model) {
        DraftViews.RevisionReading reading =
                this.reading.revision(slug, String.valueOf(revision), Readership.SIGNED_IN);
        model.addAttribute("reading", reading);
        model.addAttribute("process", reading.process());
        return "drafts/revision";
    }
}
