package org.plenary.process;

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

import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;

/**
 * Administration of a process' calendar: its phases, its rounds and their days, and the meetings of each day. Every
 * edit form carries the version it was opened on; a save over someone else's answers 409 with the conflict panel.
 */
@Controller
class CalendarAdminController {

    private static final String PHASE = "admin/processes/phase";

    private static final String ROUND = "admin/processes/round";

    private static final String MEETING = "admin/processes/meeting";

    private final Processes processes;

    private final RoundDays days;

    private final CalendarAdministration administration;

    CalendarAdminController(Processes processes, RoundDays days, CalendarAdministration administration) {
        this.processes = processes;
        this.days = days;
        this.administration = administration;
    }

    // Phases

    @GetMapping("/admin/processes/{slug}/phases/new")
    String newPhase(@PathVariable String slug, Model model) {
        model.addAttribute("process", process(slug));
        model.addAttribute("form", PhaseForm.empty());
        return PHASE;
    }

    @PostMapping("/admin/processes/{slug}/phases")
    String addPhase(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") PhaseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.addPhase(slug, form);
                            return done(redirect, "admin.created", slug, "#phases");
                        },
                        () -> {
                            model.addAttribute("process", process(slug));
                            return PHASE;
                        });
    }

    @GetMapping("/admin/processes/{slug}/phases/{id}")
    String phase(@PathVariable String slug, @PathVariable Long id, Model model) {
        model.addAttribute("process", process(slug));
        model.addAttribute("phaseId", id);
        model.addAttribute("form", this.administration.phaseForm(slug, id));
        return PHASE;
    }

    @PostMapping("/admin/processes/{slug}/phases/{id}")
    String savePhase(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") PhaseForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        model.addAttribute("process", process(slug));
        model.addAttribute("phaseId", id);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    PhaseForm saved = this.administration.phaseForm(slug, id);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.name", form.name(), saved.name())
                                    .field("admin.startsOn", form.startsOn(), saved.startsOn())
                                    .field("admin.endsOn", form.endsOn(), saved.endsOn())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.version()));
                    return PHASE;
                })
                .save(
                        () -> {
                            this.administration.updatePhase(slug, id, form);
                            return done(redirect, "admin.saved", slug, "#phases");
                        },
                        () -> PHASE);
    }

    @PostMapping("/admin/processes/{slug}/phases/{id}/delete")
    String deletePhase(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        this.administration.deletePhase(slug, id);
        return done(redirect, "admin.deleted", slug, "#phases");
    }

    // Rounds and their days

    @GetMapping("/admin/processes/{slug}/rounds/new")
    String newRound(@PathVariable String slug, Model model) {
        model.addAttribute("process", process(slug));
        model.addAttribute("form", RoundForm.empty());
        return ROUND;
    }

    @PostMapping("/admin/processes/{slug}/rounds")
    String addRound(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            Round round = this.administration.addRound(slug, form);
                            redirect.addFlashAttribute("flash", "admin.created");
                            return "redirect:/admin/processes/" + slug + "/rounds/" + round.getId();
                        },
                        () -> {
                            model.addAttribute("process", process(slug));
                            return ROUND;
                        });
    }

    @GetMapping("/admin/processes/{slug}/rounds/{id}")
    String round(@PathVariable String slug, @PathVariable Long id, Model model) {
        model.addAttribute("form", this.administration.roundForm(slug, id));
        return roundPage(slug, id, model);
    }

    @PostMapping("/admin/processes/{slug}/rounds/{id}")
    String saveRound(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") RoundForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    RoundForm saved = this.administration.roundForm(slug, id);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.name", form.name(), saved.name())
                                    .field("admin.round.location", form.location(), saved.location())
                                    .field("admin.startsOn", form.startsOn(), saved.startsOn())
                                    .field("admin.endsOn", form.endsOn(), saved.endsOn())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.version()));
                    return roundPage(slug, id, model);
                })
                .save(
                        () -> {
                            this.administration.updateRound(slug, id, form);
                            redirect.addFlashAttribute("flash", "admin.saved");
                            return "redirect:/admin/processes/" + slug + "/rounds/" + id;
                        },
                        () -> roundPage(slug, id, model));
    }

    @PostMapping("/admin/processes/{slug}/rounds/{id}/delete")
    String deleteRound(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        this.administration.deleteRound(slug, id);
        return done(redirect, "admin.deleted", slug, "#rounds");
    }

    @PostMapping("/admin/processes/{slug}/rounds/{id}/days")
    String addDay(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("dayForm") DayForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.addDay(slug, id, form.day());
                            redirect.addFlashAttribute("flash", "admin.created");
                            return "redirect:/admin/processes/" + slug + "/rounds/" + id + "#days";
                        },
                        () -> {
                            model.addAttribute("form", this.administration.roundForm(slug, id));
                            return roundPage(slug, id, model);
                        });
    }

    @PostMapping("/admin/processes/{slug}/rounds/{id}/days/{dayId}/delete")
    String removeDay(
            @PathVariable String slug, @PathVariable Long id, @PathVariable Long dayId, RedirectAttributes redirect) {
        this.administration.removeDay(slug, id, dayId);
        redirect.addFlashAttribute("flash", "admin.deleted");
        return "redirect:/admin/processes/" + slug + "/rounds/" + id + "#days";
    }

    private String roundPage(String slug, Long id, Model model) {
        model.addAttribute("process", process(slug));
        model.addAttribute("roundId", id);
        model.addAttribute("days", this.days.findRows(id));
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new DayForm(null));
        }
        return ROUND;
    }

    // Meetings

    @GetMapping("/admin/processes/{slug}/days/{dayId}/meetings/new")
    String newMeeting(@PathVariable String slug, @PathVariable Long dayId, Model model) {
        model.addAttribute("form", MeetingForm.empty());
        return meetingPage(slug, day(slug, dayId), model);
    }

    @PostMapping("/admin/processes/{slug}/days/{dayId}/meetings")
    String addMeeting(
            @PathVariable String slug,
            @PathVariable Long dayId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        DayRef day = day(slug, dayId);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.addMeeting(slug, dayId, form);
                            return done(redirect, "admin.created", slug, "#day-" + dayId);
                        },
                        () -> meetingPage(slug, day, model));
    }

    @GetMapping("/admin/processes/{slug}/meetings/{id}")
    String meeting(@PathVariable String slug, @PathVariable Long id, Model model) {
        model.addAttribute("form", this.administration.meetingForm(slug, id));
        model.addAttribute("meetingId", id);
        return meetingPage(slug, this.administration.dayOf(slug, id), model);
    }

    @PostMapping("/admin/processes/{slug}/meetings/{id}")
    String saveMeeting(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        DayRef day = this.administration.dayOf(slug, id);
        model.addAttribute("meetingId", id);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    MeetingForm saved = this.administration.meetingForm(slug, id);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.meeting.title", form.title(), saved.title())
                                    .field("admin.meeting.kind", form.kind(), saved.kind())
                                    .field("admin.meeting.startsAt", form.startsAt(), saved.startsAt())
                                    .field("admin.meeting.endsAt", form.endsAt(), saved.endsAt())
                                    .field("admin.meeting.chathamHouse", form.chathamHouse(), saved.chathamHouse())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.version()));
                    return meetingPage(slug, day, model);
                })
                .save(
                        () -> {
                            this.administration.updateMeeting(slug, id, form);
                            return done(redirect, "admin.saved", slug, "#day-" + day.id());
                        },
                        () -> meetingPage(slug, day, model));
    }

    @PostMapping("/admin/processes/{slug}/meetings/{id}/delete")
    String deleteMeeting(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        this.administration.deleteMeeting(slug, id);
        return done(redirect, "admin.deleted", slug, "#rounds");
    }

    private String meetingPage(String slug, DayRef day, Model model) {
        model.addAttribute("process", process(slug));
        model.addAttribute("day", day);
        model.addAttribute("kinds", MeetingKind.values());
        return MEETING;
    }

    private DayRef day(String slug, Long dayId) {
        ProcessRef process = process(slug);
        return this.days
                .findRef(dayId)
                .filter(d -> d.processId().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("admin.day.notFound", dayId));
    }

    private ProcessRef process(String slug) {
        return this.processes
                .findBySlug(slug)
                .map(ProcessRef::of)
                .orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    private static String done(RedirectAttributes redirect, String flash, String slug, String anchor) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/admin/processes/" + slug + anchor;
    }
}
