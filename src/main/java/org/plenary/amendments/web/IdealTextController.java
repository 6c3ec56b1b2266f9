package org.plenary.amendments.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.plenary.amendments.IdealTexts;
import org.plenary.web.BadRequestException;
import org.plenary.web.NotFoundException;

/**
 * "Ideal text": an actor's proposals applied to a revision and compared with the next one. Public like the published
 * revisions it shows; {@link IdealTexts} applies the drafts' and the Chatham House rules for anonymous readers.
 */
@Controller
class IdealTextController {

    private final IdealTexts ideals;

    private final MessageSource messages;

    IdealTextController(IdealTexts ideals, MessageSource messages) {
        this.ideals = ideals;
        this.messages = messages;
    }

    @GetMapping("/drafts/{slug}/revisions/{revision}/ideal")
    String page(
            @PathVariable String slug,
            @PathVariable String revision,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "side") String view,
            @RequestParam(defaultValue = "false") boolean only,
            Authentication viewer,
            Model model) {
        IdealTexts.View ideal = this.ideals.of(
                slug,
                revision,
                required(actor),
                (a) -> this.messages.getMessage(
                        "ideal.virtual", new Object[] {a.name()}, LocaleContextHolder.getLocale()),
                viewer);
        model.addAttribute("ideal", ideal);
        model.addAttribute("process", ideal.process());
        model.addAttribute("view", "inline".equals(view) ? "inline" : "side");
        model.addAttribute("only", only);
        return "amendments/ideal";
    }

    /**
     * The page's form and links that name no revision: the revision named, else the latest the actor proposed changes
     * to (or the latest revision).
     */
    @GetMapping("/drafts/{slug}/ideal")
    String choose(
            @PathVariable String slug,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String revision,
            Authentication viewer) {
        String code = required(actor);
        String chosen = (revision != null && !revision.isBlank())
                ? revision.strip()
                : this.ideals
                        .defaultRevision(slug, code, viewer)
                        .map((r) -> String.valueOf(r.id()))
                        .orElseThrow(() -> new NotFoundException("drafts.revision.notFound", ""));
        return "redirect:"
                + UriComponentsBuilder.fromPath("/drafts/{slug}/revisions/{revision}/ideal")
                        .queryParam("actor", "{actor}")
                        .buildAndExpand(slug, chosen, code.strip())
                        .encode()
                        .toUriString();
    }

    private static String required(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new BadRequestException("ideal.actor.required", "");
        }
        return actor;
    }
}
