package org.plenary.positions.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
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

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.positions.Evidence;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.positions.PastedNames;
import org.plenary.positions.PositionDraft;
import org.plenary.positions.PositionEdit;
import org.plenary.positions.PositionRecorder;
import org.plenary.process.ProcessRef;
import org.plenary.web.EditConflict;
import org.plenary.web.FormSubmission;
import org.plenary.web.RuleException;

/**
 * Coordinators record one position or many actors into one stance at once (a pasted list of names, read by the notes'
 * line-up parser through {@link PastedNames}: nothing is saved until every name is settled), correct and retract them
 * with a version check.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class PositionEntryController {

    private static final String FORM = "positions/position-form";

    private final Readers readers;

    private final IssueCatalog issues;

    private final PositionRecorder recorder;

    private final PastedNames pasted;

    private final ActorDirectory actors;

    private final MessageSource messages;

    PositionEntryController(
            Readers readers,
            IssueCatalog issues,
            PositionRecorder recorder,
            PastedNames pasted,
            ActorDirectory actors,
            MessageSource messages) {
        this.readers = readers;
        this.issues = issues;
        this.recorder = recorder;
        this.pasted = pasted;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/processes/{slug}/issues/{issue}/positions/new")
    String newPosition(
            @PathVariable String slug,
            @PathVariable String issue,
            @RequestParam(required = false) String actor,
            Model model) {
        PositionForm form = new PositionForm();
        form.setActorNames(actor);
        return form(slug, issue, form, model);
    }

    /** One line of the pasted list as the preview shows it, numbered; the picks and remark as last submitted. */
    record PastedLine(int index, PastedNames.Entry entry, List<String> picks, String remark) {}

    /**
     * The pasted list is read by the line-up parser at the position's date ({@link PastedNames}): each line's actors,
     * its remark, the names not recognised (each to pick or leave out). "Preview" shows that and saves nothing; "Save"
     * saves only when every name is settled, each actor with the remark of its line, none twice (an actor that
     * already holds this stance from this date is counted unchanged).
     */
    @PostMapping("/processes/{slug}/issues/{issue}/positions/new")
    String create(
            @PathVariable String slug,
            @PathVariable String issue,
            @Valid @ModelAttribute("form") PositionForm form,
            BindingResult binding,
            @RequestParam(required = false) String action,
            @RequestParam java.util.Map<String, String> params,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!StringUtils.hasText(form.getActorNames())) {
            binding.rejectValue("actorNames", "position.actors.required");
        }
        List<PastedLine> lines = new ArrayList<>();
        List<PositionRecorder.Listed> listed = new ArrayList<>();
        if (StringUtils.hasText(form.getActorNames()) && form.getValidFrom() != null) {
            List<PastedNames.Entry> entries = this.pasted.read(form.getActorNames(), form.getValidFrom());
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                PastedNames.Entry entry = entries.get(i);
                String remark = params.getOrDefault("remark-" + i, (entry.remark() != null) ? entry.remark() : "");
                if (remark.length() > 500) {
                    binding.rejectValue("actorNames", "position.lineRemark.tooLong", new Object[] {entry.text()}, null);
                }
                List<String> picks = new ArrayList<>();
                entry.actors().forEach((a) -> listed.add(new PositionRecorder.Listed(a.id(), remark)));
                for (int k = 0; k < entry.unresolved().size(); k++) {
                    String pick = params.getOrDefault("pick-" + i + "-" + k, "").strip();
                    picks.add(pick);
                    if (pick.equals("-")) {
                        continue;
                    }
                    java.util.Optional<ActorRef> actor =
                            pick.isEmpty() ? java.util.Optional.empty() : this.actors.find(pick);
                    if (actor.isPresent()) {
                        listed.add(new PositionRecorder.Listed(actor.get().id(), remark));
                    } else {
                        missing.add(entry.unresolved().get(k));
                    }
                }
                lines.add(new PastedLine(i, entry, picks, remark));
            }
            if (!missing.isEmpty()) {
                binding.rejectValue(
                        "actorNames",
                        "position.actors.unresolved",
                        new Object[] {missing.size()},
                        "Some names are not recognised");
            } else if (listed.isEmpty()) {
                binding.rejectValue("actorNames", "position.actors.required");
            }
        }
        model.addAttribute("lines", lines);
        if ("preview".equals(action) && !binding.hasFieldErrors("actorNames")) {
            return form(slug, issue, form, model);
        }
        return FormSubmission.of(binding, response)
                .save(
                        () -> {
                            ProcessRef process = this.readers.process(slug);
                            IssueView current = Readers.issue(this.readers.issues(process), issue);
                            PositionRecorder.ListOutcome outcome =
                                    this.recorder.recordList(current.id(), listed, draft(form, binding));
                            redirect.addFlashAttribute("flash", "position.saved.count");
                            redirect.addFlashAttribute(
                                    "flashArguments", new Object[] {outcome.recorded(), outcome.unchanged()});
                            if (outcome.batchId() != null) {
                                // the layout offers "Undo this batch" beside the flash
                                redirect.addFlashAttribute("undoBatch", outcome.batchId());
                            }
                            return "redirect:/processes/" + slug + "/issues/" + current.slug() + "/lineup?asOf="
                                    + form.getValidFrom();
                        },
                        () -> form(slug, issue, form, model));
    }

    /**
     * "Undo this batch", offered with the flash after a pasted list is saved: retracts exactly the positions that list
     * recorded and goes back to the line-up. A batch undone already gets a warning and nothing changes.
     */
    @PostMapping("/positions/batches/{id}/undo")
    String undoBatch(@PathVariable Long id, RedirectAttributes redirect) {
        PositionRecorder.BatchUndo outcome;
        try {
            outcome = this.recorder.undoBatch(id);
            redirect.addFlashAttribute("flash", "position.batch.undone");
            redirect.addFlashAttribute("flashArguments", new Object[] {outcome.retracted()});
        } catch (RuleException refused) {
            outcome = this.recorder.batch(id);
            redirect.addFlashAttribute(
                    "flashWarning",
                    this.messages.getMessage(
                            refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/processes/" + outcome.processSlug() + "/issues/" + outcome.issueSlug() + "/lineup?asOf="
                + outcome.validFrom();
    }

    @GetMapping("/positions/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        PositionEdit saved = this.recorder.edit(id);
        PositionForm form = new PositionForm();
        form.setOptionKey(saved.optionKey());
        form.setValidFrom(saved.validFrom());
        form.setMeetingId(saved.meetingId());
        form.setSource(saved.source());
        form.setQuote(saved.quote());
        form.setOnBehalfOf(saved.onBehalfOfCode());
        form.setRemark(saved.remark());
        form.setVersion(saved.version());
        return editForm(saved, form, model);
    }

    @PostMapping("/positions/{id}/edit")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") PositionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PositionEdit saved = this.recorder.edit(id);
        return FormSubmission.of(binding, response)
                .onConflict(() -> conflict(id, form, model))
                .save(
                        () -> {
                            this.recorder.correct(id, form.getVersion(), draft(form, binding));
                            redirect.addFlashAttribute("flash", "position.corrected");
                            return redirectToActor(saved);
                        },
                        () -> editForm(saved, form, model));
    }

    @PostMapping("/positions/{id}/retract")
    String retract(
            @PathVariable Long id,
            @ModelAttribute("form") PositionForm form,
            BindingResult binding,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PositionEdit saved = this.recorder.edit(id);
        return FormSubmission.of(binding, response)
                .onConflict(() -> conflict(id, form, model))
                .save(
                        () -> {
                            this.recorder.retract(id, form.getVersion());
                            redirect.addFlashAttribute("flash", "position.retracted");
                            return redirectToActor(saved);
                        },
                        () -> editForm(saved, form, model));
    }

    /** Someone saved in between: the same form, the user's input kept, the saved values beside it. */
    private String conflict(Long id, PositionForm form, Model model) {
        PositionEdit now = this.recorder.edit(id);
        model.addAttribute(
                "conflict",
                EditConflict.compare()
                        .field("position.option", form.getOptionKey(), now.optionKey())
                        .field("position.validFrom", form.getValidFrom(), now.validFrom())
                        .field("position.meeting", form.getMeetingId(), now.meetingId())
                        .field("position.source", form.getSource(), now.source())
                        .field("position.quote", form.getQuote(), now.quote())
                        .field("position.onBehalfOf", form.getOnBehalfOf(), now.onBehalfOfCode())
                        .field("position.remark", form.getRemark(), now.remark())
                        .field("position.retractedLabel", false, now.retracted())
                        .build());
        form.setVersion(now.version());
        return editForm(now, form, model);
    }

    private String redirectToActor(PositionEdit saved) {
        String code = this.actors.find(saved.actorId()).map(ActorRef::code).orElseThrow();
        return "redirect:/actors/" + code + "/positions";
    }

    private PositionDraft draft(PositionForm form, BindingResult binding) {
        Long onBehalfOf = null;
        if (StringUtils.hasText(form.getOnBehalfOf())) {
            onBehalfOf = this.actors
                    .find(form.getOnBehalfOf().strip())
                    .filter((a) -> a.kind() == ActorKind.GROUP)
                    .map(ActorRef::id)
                    .orElseThrow(() -> new RuleException("onBehalfOf", "position.onBehalfOf.notAGroup"));
        }
        return new PositionDraft(
                form.getOptionKey(),
                form.getValidFrom(),
                new Evidence(form.getMeetingId(), form.getSource(), form.getQuote(), onBehalfOf),
                form.getRemark());
    }

    private String form(String slug, String issueSlug, PositionForm form, Model model) {
        ProcessRef process = this.readers.process(slug);
        IssueView issue = Readers.issue(this.readers.issues(process), issueSlug);
        model.addAttribute("process", process);
        model.addAttribute("issue", issue);
        model.addAttribute("form", form);
        if (!model.containsAttribute("lines")) {
            model.addAttribute("lines", List.of());
        }
        model.addAttribute(
                "choices",
                this.actors.all().stream()
                        .sorted(java.util.Comparator.comparing(ActorRef::name))
                        .toList());
        model.addAttribute("meetings", this.issues.meetingsOf(process.id()));
        model.addAttribute("groups", groups());
        model.addAttribute("editing", null);
        return FORM;
    }

    private String editForm(PositionEdit saved, PositionForm form, Model model) {
        ProcessRef process = this.readers.allProcesses().stream()
                .filter((p) -> p.id().equals(saved.processId()))
                .findFirst()
                .orElseThrow();
        IssueView issue = this.issues.issuesOf(process.id()).stream()
                .filter((i) -> i.id().equals(saved.issueId()))
                .findFirst()
                .orElseThrow();
        model.addAttribute("process", process);
        model.addAttribute("issue", issue);
        model.addAttribute("form", form);
        model.addAttribute("lines", List.of());
        model.addAttribute("meetings", this.issues.meetingsOf(process.id()));
        model.addAttribute("groups", groups());
        model.addAttribute("editing", saved);
        model.addAttribute("editedActor", this.actors.find(saved.actorId()).orElse(null));
        return FORM;
    }

    private List<ActorRef> groups() {
        return this.actors.groups();
    }
}
