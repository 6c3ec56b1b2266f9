package org.plenary.drafts.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.drafts.RevisionEditing;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * Publishing a draft revision (analysts): from then on it refuses changes.
 */
@Controller
class PublishController {

    private final RevisionEditing editing;

    PublishController(RevisionEditing editing) {
        this.editing = editing;
    }

    @PostMapping("/drafts/{slug}/revisions/{revision}/publish")
    @PreAuthorize("hasRole('ANALYST')")
    String publish(
            @PathVariable String slug,
            @PathVariable Long revision,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            this.editing.publish(revision, version);
            redirect.addFlashAttribute("flash", "drafts.revision.publishedNow");
        } catch (RuleException ex) {
            redirect.addFlashAttribute("flash", "drafts.revision.alreadyPublished");
        } catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flash", "drafts.revision.changedMeanwhile");
        }
        return "redirect:/drafts/" + slug + "/revisions/" + revision;
    }
}
