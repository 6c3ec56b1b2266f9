package org.plenary.actors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

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
 * Administration of a group: the group it was formed from and when, its memberships over time (add, change the period,
 * end, remove) and its spokespersons.
 */
@Controller
class GroupAdminController {

    private static final String GROUP = "admin/actors/group";

    private static final String MEMBERSHIP = "admin/actors/membership";

    private final Actors actors;

    private final Memberships memberships;

    private final Spokespersons spokespersons;

    private final ActorAdministration administration;

    private final SpokespersonMeetings meetingChoices;

    private final Clock clock;

    GroupAdminController(
            Actors actors,
            Memberships memberships,
            Spokespersons spokespersons,
            ActorAdministration administration,
            SpokespersonMeetings meetingChoices,
            Clock clock) {
        this.actors = actors;
        this.memberships = memberships;
        this.spokespersons = spokespersons;
        this.administration = administration;
        this.meetingChoices = meetingChoices;
        this.clock = clock;
    }

    @GetMapping("/admin/groups/{code}")
    String group(@PathVariable String code, Model model) {
        return page(group(code), model);
    }

    @PostMapping("/admin/groups/{code}/memberships")
    String addMember(
            @PathVariable String code,
            @Valid @ModelAttribute("memberForm") MembershipForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        Actor group = group(code);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.addMember(group.getCode(), form);
                            return done(redirect, "admin.created", group, "#members");
                        },
                        () -> page(group, model));
    }

    @GetMapping("/admin/groups/{code}/memberships/{id}")
    String membership(@PathVariable String code, @PathVariable Long id, Model model) {
        model.addAttribute("form", this.administration.periodForm(code, id));
        return membershipPage(group(code), id, model);
    }

    @PostMapping("/admin/groups/{code}/memberships/{id}")
    String savePeriod(
            @PathVariable String code,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") MembershipPeriodForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        Actor group = group(code);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    MembershipPeriodForm saved = this.administration.periodForm(group.getCode(), id);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("admin.validFrom", form.validFrom(), saved.validFrom())
                                    .field("admin.validTo", form.validTo(), saved.validTo())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.version()));
                    return membershipPage(group, id, model);
                })
                .save(
                        () -> {
                            this.administration.changePeriod(group.getCode(), id, form);
                            return done(redirect, "admin.saved", group, "#members");
                        },
                        () -> membershipPage(group, id, model));
    }

    @PostMapping("/admin/groups/{code}/memberships/{id}/end")
    String end(
            @PathVariable String code,
            @PathVariable Long id,
            @Valid @ModelAttribute("endForm") EndMembershipForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        Actor group = group(code);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    // The list shows the period saved now; ending it again is one click.
                    result.reject("admin.membership.changed");
                    return page(group, model);
                })
                .save(
                        () -> {
                            this.administration.endMembership(group.getCode(), id, form);
                            return done(redirect, "admin.membership.ended", group, "#members");
                        },
                        () -> page(group, model));
    }

    @PostMapping("/admin/groups/{code}/memberships/{id}/delete")
    String removeMembership(@PathVariable String code, @PathVariable Long id, RedirectAttributes redirect) {
        Actor group = group(code);
        this.administration.removeMembership(group.getCode(), id);
        return done(redirect, "admin.removed", group, "#members");
    }

    @PostMapping("/admin/groups/{code}/origin")
    String formFrom(
            @PathVariable String code,
            @Valid @ModelAttribute("originForm") GroupOriginForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        Actor group = group(code);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    // The user's choice kept, against the version saved now: saving again is one click.
                    model.addAttribute("lineageChanged", true);
                    model.addAttribute(
                            "originForm", new GroupOriginForm(form.formedFrom(), form.formedOn(), group.getVersion()));
                    return page(group, model);
                })
                .save(
                        () -> {
                            this.administration.formFrom(group.getCode(), form);
                            return done(redirect, "admin.saved", group, "#lineage");
                        },
                        () -> page(group, model));
    }

    @PostMapping("/admin/groups/{code}/spokespersons")
    String addSpokesperson(
            @PathVariable String code,
            @Valid @ModelAttribute("spokespersonForm") SpokespersonForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        Actor group = group(code);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            this.administration.addSpokesperson(group.getCode(), form);
                            return done(redirect, "admin.created", group, "#spokespersons");
                        },
                        () -> page(group, model));
    }

    @PostMapping("/admin/groups/{code}/spokespersons/{id}/delete")
    String removeSpokesperson(@PathVariable String code, @PathVariable Long id, RedirectAttributes redirect) {
        Actor group = group(code);
        this.administration.removeSpokesperson(group.getCode(), id);
        return done(redirect, "admin.removed", group, "#spokespersons");
    }

    private String page(Actor group, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("today", LocalDate.now(this.clock));
        model.addAttribute("memberships", this.memberships.findAllOfGroup(group.getId()));
        model.addAttribute("spokespersons", this.spokespersons.findOfGroup(group.getId()));
        List<SpokespersonMeetings.Choice> meetings = this.meetingChoices.choices();
        model.addAttribute(
                "meetingsByProcess",
                meetings.stream()
                        .collect(Collectors.groupingBy(
                                SpokespersonMeetings.Choice::process, LinkedHashMap::new, Collectors.toList())));
        model.addAttribute(
                "meetingById", meetings.stream().collect(Collectors.toMap(SpokespersonMeetings.Choice::id, (m) -> m)));
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MembershipForm.empty());
        }
        if (!model.containsAttribute("spokespersonForm")) {
            model.addAttribute("spokespersonForm", SpokespersonForm.empty());
        }
        if (!model.containsAttribute("originForm")) {
            model.addAttribute("originForm", GroupOriginForm.of(group, parentCode(group)));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", new EndMembershipForm(LocalDate.now(this.clock), 0));
        }
        return GROUP;
    }

    private String parentCode(Actor group) {
        return (group.getFormedFromId() == null)
                ? ""
                : this.actors
                        .findById(group.getFormedFromId())
                        .map(Actor::getCode)
                        .orElse("");
    }

    private String membershipPage(Actor group, Long id, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("membershipId", id);
        model.addAttribute(
                "membership",
                this.memberships.findAllOfGroup(group.getId()).stream()
                        .filter(m -> m.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("admin.membership.notFound", id)));
        return MEMBERSHIP;
    }

    private Actor group(String code) {
        Actor group =
                this.actors.findByCodeIgnoreCase(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
        if (!group.isGroup()) {
            throw new NotFoundException("admin.group.notFound", code);
        }
        return group;
    }

    private static String done(RedirectAttributes redirect, String flash, Actor group, String anchor) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/admin/groups/" + group.getCode() + anchor;
    }
}
