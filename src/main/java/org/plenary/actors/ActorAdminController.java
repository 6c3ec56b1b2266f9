package org.plenary.actors;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;
import org.plenary.web.PageNumber;

/**
 * Administration of actors: the list, creating one, editing its names, kind and group, and its aliases.
 */
@Controller
class ActorAdminController {

    private static final int PAGE_SIZE = 50;

    private final Actors actors;

    private final ActorAliases aliases;

    private final ActorAdministration administration;

    private final Clock clock;

    ActorAdminController(Actors actors, ActorAliases aliases, ActorAdministration administration, Clock clock) {
        this.actors = actors;
        this.aliases = aliases;
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping("/admin/actors")
    String list(
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") PageNumber page, Model model) {
        String search = StringUtils.hasText(q) ? NameResolver.normalize(q) : "";
        model.addAttribute(
                "actors",
                this.actors.search(
                        null,
                        null,
                        search,
                        "%" + search + "%",
                        null,
                        LocalDate.now(this.clock),
                        PageRequest.of(page.value(), PAGE_SIZE)));
        model.addAttribute("q", q);
        return "admin/actors/list";
    }

    @GetMapping("/admin/actors/new")
    String newActor(Model model) {
        model.addAttribute("form", NewActorForm.empty());
        return newPage(model);
    }

    @PostMapping("/admin/actors")
    String create(
            @Valid @ModelAttribute("form") NewActorForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            Actor actor = this.administration.create(form);
                            redirect.addFlashAttribute("flash", "admin.created");
                            return "redirect:/admin/actors/" + actor.getCode();
                        },
                        () -> newPage(model));
    }

    @GetMapping("/admin/actors/{code}")
    String actor(@PathVariable String code, Model model) {
        return page(find(code), model);
    }

    @PostMapping("/admin/actors/{code}")
    String save(
            @PathVariable String code,
            @Valid @ModelAttribute("form") ActorForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    Actor saved = find(code);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.actor.kind", form.kind(), saved.getKind())
                                    .field("admin.name", form.name(), saved.getName())
                                    .field("admin.actor.officialName", form.officialName(), saved.getOfficialName())
                                    .field("admin.actor.iso2", form.iso2(), saved.getIso2())
                                    .field("admin.actor.regionalGroup", form.regionalGroup(), saved.getRegionalGroup())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.getVersion()));
                    return page(saved, model);
                })
                .save(
                        () -> {
                            this.administration.update(code, form);
                            redirect.addFlashAttribute("flash", "admin.saved");
                            return "redirect:/admin/actors/" + code;
                        },
                        () -> page(find(code), model));
    }

    @PostMapping("/admin/actors/{code}/aliases")
    String addAlias(
            @PathVariable String code,
            @Valid @ModelAttribute("aliasForm") AliasForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.addAlias(code, form.alias(), form.validFrom(), form.validTo());
                            redirect.addFlashAttribute("flash", "admin.created");
                            return "redirect:/admin/actors/" + code + "#aliases";
                        },
                        () -> page(find(code), model));
    }

    @PostMapping("/admin/actors/{code}/aliases/{id}/delete")
    String removeAlias(@PathVariable String code, @PathVariable Long id, RedirectAttributes redirect) {
        this.administration.removeAlias(code, id);
        redirect.addFlashAttribute("flash", "admin.removed");
        return "redirect:/admin/actors/" + code + "#aliases";
    }

    private String newPage(Model model) {
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("regions", RegionalGroup.values());
        return "admin/actors/new";
    }

    private String page(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute(
                "aliases",
                this.aliases.findByActorIdOrderByAlias(actor.getId()).stream()
                        .map(a -> new AliasRow(a.getId(), a.getAlias(), a.getValidFrom(), a.getValidTo()))
                        .toList());
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("regions", RegionalGroup.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ActorForm.of(actor));
        }
        if (!model.containsAttribute("aliasForm")) {
            model.addAttribute("aliasForm", AliasForm.empty());
        }
        return "admin/actors/actor";
    }

    private Actor find(String code) {
        return this.actors.findByCodeIgnoreCase(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
    }

    /** An alias as the admin page lists it, with its period (open ends null). */
    public record AliasRow(Long id, String alias, java.time.LocalDate validFrom, java.time.LocalDate validTo) {}
}
