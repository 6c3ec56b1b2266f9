package org.plenary.amendments.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.amendments.OutcomeInference;

/**
 * Analysts infer the outcomes of a revision's proposals on demand. (Overriding one outcome is on the proposal page:
 * {@link AmendmentController}.)
 */
@Controller
@PreAuthorize("hasRole('ANALYST')")
class OutcomeController {

    private final OutcomeInference inference;

    OutcomeController(OutcomeInference inference) {
        this.inference = inference;
    }

    @PostMapping("/drafts/{slug}/revisions/{revision}/outcomes")
    String infer(@PathVariable String slug, @PathVariable String revision, RedirectAttributes redirect) {
        int decided = this.inference.inferFor(slug, revision);
        redirect.addFlashAttribute("flash", "amendment.inferred");
        redirect.addFlashAttribute("inferred", decided);
        return "redirect:/drafts/" + slug + "/amendments?revision=" + revision;
    }
}
