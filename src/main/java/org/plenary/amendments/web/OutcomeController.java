package org.plenary.amendments.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.amendments.AmendmentRuleException;
import org.plenary.amendments.OutcomeInference;
import org.plenary.amendments.outcome.Outcome;
import org.plenary.web.StaleEditException;

/**
 * Analysts infer the outcomes of a revision's proposals on demand, and override one outcome with a reason (kept beside
 * the computed one, audited, never recomputed).
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

    @PostMapping("/drafts/{slug}/amendments/{id}/outcome")
    String override(
            @PathVariable String slug,
            @PathVariable Long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            Authentication user,
            RedirectAttributes redirect) {
        Outcome chosen = null;
        if (outcome != null && !outcome.isBlank()) {
            chosen = java.util.Arrays.stream(Outcome.values())
                    .filter((o) -> o.apiName().equals(outcome))
                    .findFirst()
                    .orElseThrow(() -> new AmendmentRuleException("outcome", "amendment.override.unknown"));
        }
        try {
            this.inference.override(slug, id, version, chosen, reason, user.getName());
            redirect.addFlashAttribute(
                    "flash", (chosen != null) ? "amendment.overrideSaved" : "amendment.overrideCleared");
        } catch (AmendmentRuleException ex) {
            redirect.addFlashAttribute("flash", ex.messageKey());
        } catch (StaleEditException ex) {
            redirect.addFlashAttribute("flash", "amendment.override.stale");
        }
        return "redirect:/drafts/" + slug + "/amendments/" + id;
    }
}
