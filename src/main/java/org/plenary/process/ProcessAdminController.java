package org.plenary.process;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;

/**
 * Administration of processes: the list, creating one, and a process' admin page (its description and dates, its
 * phases and calendar at a glance, its co-facilitators). Only administrators reach {@code /admin/**}.
 */
@Controller
class ProcessAdminController {

    private final Processes processes;

    private final Phases phases;

    private final CoFacilitators coFacilitators;

    private final CalendarAdministration administration;

    private final ActorDirectory actors;

    ProcessAdminController(
            Processes processes,
            Phases phases,
            CoFacilitators coFacilitators,
            CalendarAdministration administration,
            ActorDirectory actors) {
        this.processes = processes;
        this.phases = phases;
        this.coFacilitators = coFacilitators;
        this.administration = administration;
        this.actors = actors;
    }

    @GetMapping("/admin/processes")
    String list(Model model) {
        model.addAttribute(
                "processes",
                this.processes.findAllInOrder().stream().map(ProcessRef::of).toList());
        return "admin/processes/list";
    }

    @GetMapping("/admin/processes/new")
    String newProcess(Model model) {
        model.addAttribute("form", NewProcessForm.empty());
        return "admin/processes/new";
    }

    @PostMapping("/admin/processes")
    String create(
            @Valid @ModelAttribute("form") NewProcessForm form,
            BindingResult result,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            Process process = this.administration.create(form);
                            redirect.addFlashAttribute("flash", "admin.created");
                            return "redirect:/admin/processes/" + process.getSlug();
                        },
                        () -> "admin/processes/new");
    }

    @GetMapping("/admin/processes/{slug}")
    String process(@PathVariable String slug, Model model) {
        return page(find(slug), model);
    }

    @PostMapping("/admin/processes/{slug}")
    String save(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ProcessForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    Process saved = find(slug);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.process.name", form.name(), saved.getName())
                                    .field("admin.process.description", form.description(), saved.getDescription())
                                    .field("admin.startsOn", form.startsOn(), saved.getStartsOn())
                                    .field("admin.endsOn", form.endsOn(), saved.getEndsOn())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.getVersion()));
                    return page(saved, model);
                })
                .save(
                        () -> {
                            this.administration.describe(slug, form);
                            redirect.addFlashAttribute("flash", "admin.saved");
                            return "redirect:/admin/processes/" + slug;
                        },
                        () -> page(find(slug), model));
    }

    @PostMapping("/admin/processes/{slug}/co-facilitators")
    String addCoFacilitator(
            @PathVariable String slug,
            @Valid @ModelAttribute("coFacilitatorForm") CoFacilitatorForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            ActorRef actor = this.actors
                                    .find(form.code().strip())
                                    .orElseThrow(() -> new RuleException("code", "admin.actor.unknown"));
                            this.administration.addCoFacilitator(slug, actor.id());
                            redirect.addFlashAttribute("flash", "admin.saved");
                            return "redirect:/admin/processes/" + slug + "#co-facilitators";
                        },
                        () -> page(find(slug), model));
    }

    @PostMapping("/admin/processes/{slug}/co-facilitators/{actorId}/delete")
    String removeCoFacilitator(@PathVariable String slug, @PathVariable Long actorId, RedirectAttributes redirect) {
        this.administration.removeCoFacilitator(slug, actorId);
        redirect.addFlashAttribute("flash", "admin.removed");
        return "redirect:/admin/processes/" + slug + "#co-facilitators";
    }

    private String page(Process process, Model model) {
        ProcessRef ref = ProcessRef.of(process);
        List<Long> coFacilitatorIds = this.coFacilitators.findByProcessId(process.getId()).stream()
                .map(CoFacilitator::getActorId)
                .toList();
        model.addAttribute("process", ref);
        model.addAttribute("phases", this.phases.findRows(process.getId()));
        model.addAttribute("calendar", CalendarView.of(ref, this.processes.findCalendarRows(process.getId())));
        model.addAttribute("coFacilitators", this.actors.findAll(coFacilitatorIds));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProcessForm.of(process));
        }
        if (!model.containsAttribute("coFacilitatorForm")) {
            model.addAttribute("coFacilitatorForm", new CoFacilitatorForm(""));
        }
        return "admin/processes/process";
    }

    private Process find(String slug) {
        return this.processes.findBySlug(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }
}
