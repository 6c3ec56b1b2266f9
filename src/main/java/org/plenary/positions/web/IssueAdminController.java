package org.plenary.positions.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.positions.IssueAdministration;
import org.plenary.positions.IssueEdit;
import org.plenary.process.ProcessRef;
import org.plenary.web.BadRequestException;
import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;

/**
 * Coordinators set up the issues of a process and each issue's ordered stance options: create an issue, edit its
 * title and description, add, relabel, reorder and delete options (an option a position uses stays). Edits carry the
 * saved version; a lost race answers 409 with the user's input kept.
 */
@Controller
class IssueAdminController {

    private static final String NEW = "positions/issue-new";

    private static final String EDIT = "positions/issue-edit";

    private static final String OPTION = "positions/option-edit";

    private final Readers readers;

    private final IssueAdministration administration;

    IssueAdminController(Readers readers, IssueAdministration administration) {
        this.readers = readers;
        this.administration = administration;
    }

    @GetMapping("/processes/{slug}/issues/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newIssue(@PathVariable String slug, Model model) {
        model.addAttribute("process", this.readers.process(slug));
        model.addAttribute("form", NewIssueForm.empty());
        return NEW;
    }

    @PostMapping("/processes/{slug}/issues/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") NewIssueForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessRef process = this.readers.process(slug);
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            String issue;
                            try {
                                issue = this.administration.create(
                                        process.id(), form.slug(), form.title(), form.description());
                            } catch (DataIntegrityViolationException ex) {
                                // Someone created the same slug between the check and the insert.
                                throw new RuleException("slug", "issue.slug.taken");
                            }
                            redirect.addFlashAttribute("flash", "issue.created");
                            return "redirect:" + editUrl(process, issue);
                        },
                        () -> {
                            model.addAttribute("process", process);
                            return NEW;
                        });
    }

    @GetMapping("/processes/{slug}/issues/{issue}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable String slug, @PathVariable String issue, Model model) {
        return editPage(this.readers.process(slug), issue, model);
    }

    @PostMapping("/processes/{slug}/issues/{issue}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String describe(
            @PathVariable String slug,
            @PathVariable String issue,
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessRef process = this.readers.process(slug);
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    IssueEdit saved = this.administration.edit(process.id(), issue);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("issue.titleLabel", form.title(), saved.title())
                                    .field("issue.description", form.description(), saved.description())
                                    .build());
                    model.addAttribute("form", form.withVersion(saved.version()));
                    return editPage(process, issue, model);
                })
                .save(
                        () -> {
                            this.administration.describe(
                                    process.id(), issue, form.version(), form.title(), form.description());
                            redirect.addFlashAttribute("flash", "issue.saved");
                            return "redirect:" + editUrl(process, issue);
                        },
                        () -> editPage(process, issue, model));
    }

    @PostMapping("/processes/{slug}/issues/{issue}/options/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addOption(
            @PathVariable String slug,
            @PathVariable String issue,
            @Valid @ModelAttribute("optionForm") NewOptionForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessRef process = this.readers.process(slug);
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .save(
                        () -> {
                            try {
                                this.administration.addOption(
                                        process.id(), issue, form.key(), form.label(), form.colour());
                            } catch (DataIntegrityViolationException ex) {
                                throw new RuleException("key", "option.duplicate");
                            }
                            redirect.addFlashAttribute("flash", "option.added");
                            return "redirect:" + editUrl(process, issue) + "#options";
                        },
                        () -> editPage(process, issue, model));
    }

    @GetMapping("/processes/{slug}/issues/{issue}/options/{key}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String editOption(@PathVariable String slug, @PathVariable String issue, @PathVariable String key, Model model) {
        return optionPage(this.readers.process(slug), issue, key, null, model);
    }

    @PostMapping("/processes/{slug}/issues/{issue}/options/{key}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String relabelOption(
            @PathVariable String slug,
            @PathVariable String issue,
            @PathVariable String key,
            @Valid @ModelAttribute("form") OptionForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessRef process = this.readers.process(slug);
        FormErrors.requireReadable(form);
        return FormSubmission.of(result, response)
                .onConflict(() -> {
                    IssueEdit.OptionEdit saved = option(this.administration.edit(process.id(), issue), key);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("option.label", form.label(), saved.label())
                                    .field("option.colourLabel", form.colour(), saved.colour())
                                    .build());
                    return optionPage(process, issue, key, form.withVersion(saved.version()), model);
                })
                .save(
                        () -> {
                            this.administration.relabelOption(
                                    process.id(), issue, key, form.version(), form.label(), form.colour());
                            redirect.addFlashAttribute("flash", "option.saved");
                            return "redirect:" + editUrl(process, issue) + "#options";
                        },
                        () -> optionPage(process, issue, key, form, model));
    }

    @PostMapping("/processes/{slug}/issues/{issue}/options/{key}/move")
    @PreAuthorize("hasRole('COORDINATOR')")
    String moveOption(
            @PathVariable String slug,
            @PathVariable String issue,
            @PathVariable String key,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        int step = switch (direction) {
            case "up" -> -1;
            case "down" -> 1;
            default -> throw new BadRequestException("option.move.direction", direction);
        };
        ProcessRef process = this.readers.process(slug);
        this.administration.moveOption(process.id(), issue, key, step);
        redirect.addFlashAttribute("flash", "option.moved");
        return "redirect:" + editUrl(process, issue) + "#options";
    }

    @PostMapping("/processes/{slug}/issues/{issue}/options/{key}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removeOption(
            @PathVariable String slug,
            @PathVariable String issue,
            @PathVariable String key,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessRef process = this.readers.process(slug);
        try {
            this.administration.removeOption(process.id(), issue, key);
            redirect.addFlashAttribute("flash", "option.deleted");
            return "redirect:" + editUrl(process, issue) + "#options";
        } catch (RuleException | DataIntegrityViolationException ex) {
            // In use, or a position was recorded with it between the count and the delete.
            model.addAttribute("optionError", "option.inUse");
            model.addAttribute("optionErrorKey", key);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return editPage(process, issue, model);
        }
    }

    private String editPage(ProcessRef process, String issueSlug, Model model) {
        IssueEdit issue = this.administration.edit(process.id(), issueSlug);
        model.addAttribute("process", process);
        model.addAttribute("issue", issue);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", IssueForm.of(issue));
        }
        if (!model.containsAttribute("optionForm")) {
            model.addAttribute("optionForm", NewOptionForm.empty());
        }
        return EDIT;
    }

    private String optionPage(ProcessRef process, String issueSlug, String key, OptionForm form, Model model) {
        IssueEdit issue = this.administration.edit(process.id(), issueSlug);
        IssueEdit.OptionEdit option = option(issue, key);
        model.addAttribute("process", process);
        model.addAttribute("issue", issue);
        model.addAttribute("option", option);
        model.addAttribute("form", (form != null) ? form : OptionForm.of(option));
        return OPTION;
    }

    private static IssueEdit.OptionEdit option(IssueEdit issue, String key) {
        return issue.option(key).orElseThrow(() -> new NotFoundException("option.notFound", key));
    }

    private static String editUrl(ProcessRef process, String issue) {
        return "/processes/" + process.slug() + "/issues/" + issue + "/edit";
    }
}
