package org.plenary.amendments.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.amendments.ActorRole;
import org.plenary.amendments.AmendmentReading;
import org.plenary.amendments.AmendmentRecorder;
import org.plenary.amendments.AmendmentRuleException;
import org.plenary.amendments.AmendmentViews;
import org.plenary.amendments.OutcomeInference;
import org.plenary.amendments.ProposalDraft;
import org.plenary.amendments.StatementDraft;
import org.plenary.amendments.outcome.Outcome;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.drafts.DraftReading;
import org.plenary.drafts.DraftViews;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteSummary;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.ProcessCatalog;
import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.StaleEditException;

/**
 * Proposal pages: the list of a process's proposals (filters, pages), one proposal with its actors and outcome, the
 * quick form (from the reader, pre-filled with the selected words) and the version-checked edit. Reading is public,
 * as published revisions are: an anonymous reader gets the proposals against published revisions that were heard in
 * public (a 404 for the others), without the stands heard only at Chatham House meetings (see
 * {@link AmendmentReading}); writing is for coordinators and analysts.
 */
@Controller
class AmendmentController {

    private static final String FORM = "amendments/form";

    /** The most paragraphs a form offers to choose from (a suggestion whose words many paragraphs hold). */
    static final int MAX_CANDIDATES = 20;

    private final AmendmentReading reading;

    private final AmendmentRecorder recorder;

    private final DraftReading drafts;

    private final ActorDirectory actors;

    private final ProcessCatalog processes;

    private final MessageSource messages;

    private final IssueCatalog issues;

    private final OutcomeInference inference;

    private final NoteReader notes;

    AmendmentController(
            AmendmentReading reading,
            AmendmentRecorder recorder,
            DraftReading drafts,
            ActorDirectory actors,
            ProcessCatalog processes,
            MessageSource messages,
            IssueCatalog issues,
            NoteReader notes,
            OutcomeInference inference) {
        this.inference = inference;
        this.reading = reading;
        this.notes = notes;
        this.recorder = recorder;
        this.drafts = drafts;
        this.actors = actors;
        this.processes = processes;
        this.messages = messages;
        this.issues = issues;
    }

    @GetMapping("/drafts/{slug}/amendments")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) String revision,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String issue,
            @RequestParam(defaultValue = "1") int page,
            Authentication viewer,
            Model model) {
        AmendmentViews.ProposalList list = this.reading.list(
                slug, new AmendmentViews.Filters(revision, actor, outcome, kind, issue), page, viewer);
        model.addAttribute("list", list);
        model.addAttribute("process", list.process());
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute(
                "outcomes", List.of("verbatim", "partial", "not-adopted", "overtaken", "deleted", "pending"));
        return "amendments/list";
    }

    @GetMapping("/drafts/{slug}/amendments/{id}")
    String proposal(@PathVariable String slug, @PathVariable Long id, Authentication viewer, Model model) {
        return proposalPage(slug, id, viewer, standForm(), null, model);
    }

    @GetMapping("/drafts/{slug}/amendments/new")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
    String newProposal(
            @PathVariable String slug,
            @RequestParam List<Long> node,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "0") int occurrence,
            @RequestParam(required = false) Long note,
            @RequestParam(required = false) String words,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String onBehalfOf,
            Authentication user,
            Model model) {
        ProposalForm form = new ProposalForm();
        List<Long> nodes = node.stream().distinct().limit(MAX_CANDIDATES).toList();
        if (nodes.size() == 1) {
            form.setNodeId(nodes.get(0));
        } else {
            form.setCandidates(nodes);
        }
        if (kind != null) {
            form.setKind(kind);
        }
        form.setTarget(target);
        form.setWords((words != null) ? words : target);
        form.setSpeaker(speaker);
        form.setOnBehalfOf(onBehalfOf);
        form.setOccurrence(occurrence);
        form.setStatedOn(LocalDate.now());
        if (note != null) {
            fromNote(form, citedNote(slug, note, user));
        }
        return form(slug, form, null, user, model);
    }

    /**
     * A note the user may cite in this process, for pre-filling a form from it.
     * @throws org.plenary.web.NotFoundException if it is unknown, of another process, unreadable to the user or a draft
     */
    private NoteSummary citedNote(String slug, Long noteId, Authentication user) {
        Long processId = this.drafts.process(slug).id();
        return this.notes
                .note(noteId, NoteReader.Viewer.of(user))
                .map((view) -> view.note())
                .filter((n) -> n.processId().equals(processId) && !n.draft())
                .orElseThrow(() -> new org.plenary.web.NotFoundException("amendment.note.notFound", noteId));
    }

    /** The evidence a note gives, as the recorder completes it: its date, its meeting and a source naming it. */
    private static void fromNote(StatedWithEvidence form, NoteSummary note) {
        form.setNoteId(note.id());
        form.setStatedOn(note.date());
        form.setMeetingId(note.meetingId());
        form.setSource(note.chathamHouse() ? null : AmendmentRecorder.sourceOf(note));
    }

    @PostMapping("/drafts/{slug}/amendments/new")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult binding,
            Authentication user,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        if (form.getNodeId() == null) {
            if (form.getCandidates().size() < 2) {
                throw new org.plenary.web.BadRequestException("error.badForm", null);
            }
            binding.rejectValue("nodeId", "amendment.paragraph.choose");
        }
        if (!binding.hasErrors()) {
            try {
                AmendmentRecorder.Recorded recorded = this.recorder.record(
                        slug,
                        draft(form),
                        new StatementDraft(
                                form.getSpeaker(),
                                form.getOnBehalfOf(),
                                ActorRole.PROPONENT,
                                form.getStatedOn(),
                                form.getMeetingId(),
                                form.getSource(),
                                form.getQuote(),
                                form.getNoteId()),
                        NoteReader.Viewer.of(user));
                redirect.addFlashAttribute("flash", "amendment.saved");
                recorded.warning().ifPresent((warning) -> warn(warning, redirect));
                return "redirect:/drafts/" + slug + "/amendments/" + recorded.id();
            } catch (AmendmentRuleException ex) {
                FormErrors.reject(binding, ex);
            }
        }
        response.setStatus(FormSubmission.INVALID);
        return form(slug, form, null, user, model);
    }

    @GetMapping("/drafts/{slug}/amendments/{id}/edit")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
    String edit(@PathVariable String slug, @PathVariable Long id, Authentication viewer, Model model) {
        AmendmentViews.Proposal saved = this.reading.proposal(slug, id, viewer);
        ProposalForm form = new ProposalForm();
        form.setNodeId(saved.node().id());
        form.setKind(saved.kind().apiName());
        form.setTarget(saved.target());
        form.setOccurrence(saved.occurrence());
        form.setWords(saved.words());
        form.setRationale(saved.rationale());
        form.setIssueId((saved.issue() != null) ? saved.issue().id() : null);
        form.setVersion(saved.version());
        return form(slug, form, saved, viewer, model);
    }

    @PostMapping("/drafts/{slug}/amendments/{id}/edit")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
    String update(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult binding,
            Authentication viewer,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        AmendmentViews.Proposal saved = this.reading.proposal(slug, id, viewer);
        form.setNodeId(saved.node().id());
        if (!binding.hasErrors()) {
            try {
                this.recorder.revise(slug, id, form.getVersion(), draft(form));
                redirect.addFlashAttribute("flash", "amendment.revised");
                return "redirect:/drafts/" + slug + "/amendments/" + id;
            } catch (StaleEditException ex) {
                AmendmentViews.Proposal now = this.reading.proposal(slug, id, viewer);
                model.addAttribute(
                        "conflict",
                        EditConflict.compare()
                                .field(
                                        "amendment.kind",
                                        form.getKind(),
                                        now.kind().apiName())
                                .field("amendment.target", form.getTarget(), now.target())
                                .field("amendment.words", form.getWords(), now.words())
                                .field("amendment.rationale", form.getRationale(), now.rationale())
                                .field("amendment.issue", issueTitle(slug, form.getIssueId()), issueTitle(now))
                                .build());
                form.setVersion(now.version());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return form(slug, form, now, viewer, model);
            } catch (AmendmentRuleException ex) {
                FormErrors.reject(binding, ex);
            }
        }
        response.setStatus(FormSubmission.INVALID);
        return form(slug, form, saved, viewer, model);
    }

    @PostMapping("/drafts/{slug}/amendments/{id}/stands")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
    String addStand(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("standForm") StandForm form,
            BindingResult binding,
            Authentication viewer,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        if (!binding.hasErrors()) {
            try {
                ActorRole role = role(form.getRole());
                Optional<AmendmentRecorder.SpeakerWarning> warning = this.recorder.addStand(
                        slug,
                        id,
                        new StatementDraft(
                                form.getSpeaker(),
                                form.getOnBehalfOf(),
                                role,
                                form.getStatedOn(),
                                form.getMeetingId(),
                                form.getSource(),
                                form.getQuote(),
                                form.getNoteId()),
                        NoteReader.Viewer.of(viewer));
                redirect.addFlashAttribute("flash", "amendment.standSaved");
                warning.ifPresent((w) -> warn(w, redirect));
                return "redirect:/drafts/" + slug + "/amendments/" + id;
            } catch (AmendmentRuleException ex) {
                FormErrors.reject(binding, ex);
            }
        }
        response.setStatus(FormSubmission.INVALID);
        return proposalPage(slug, id, viewer, form, null, model);
    }

    /**
     * An analyst sets the outcome by hand (kept beside the computed one, audited, never recomputed), or clears it. A
     * refusal shows the page again with the analyst's choice and reason kept: 400, or 409 when someone changed the
     * outcome meanwhile (the form then carries the version now saved).
     */
    @PostMapping("/drafts/{slug}/amendments/{id}/outcome")
    @PreAuthorize("hasRole('ANALYST')")
    String override(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            BindingResult binding,
            Authentication user,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        String outcome = form.getOutcome();
        Outcome chosen = null;
        if (outcome != null && !outcome.isBlank()) {
            chosen = java.util.Arrays.stream(Outcome.values())
                    .filter((o) -> o.apiName().equals(outcome.strip()))
                    .findFirst()
                    .orElse(null);
            if (chosen == null) {
                FormErrors.reject(binding, "outcome", "amendment.override.unknown");
            }
        }
        if (!binding.hasErrors()) {
            try {
                this.inference.override(slug, id, form.getVersion(), chosen, form.getReason(), user.getName());
                redirect.addFlashAttribute(
                        "flash", (chosen != null) ? "amendment.overrideSaved" : "amendment.overrideCleared");
                return "redirect:/drafts/" + slug + "/amendments/" + id;
            } catch (AmendmentRuleException ex) {
                FormErrors.reject(binding, ex);
            } catch (StaleEditException ex) {
                AmendmentViews.Proposal now = this.reading.proposal(slug, id, user);
                if (now.outcome() != null) {
                    form.setVersion(now.outcome().version());
                }
                binding.reject("amendment.override.stale");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return proposalPage(slug, id, user, standForm(), form, model);
            }
        }
        response.setStatus(FormSubmission.INVALID);
        return proposalPage(slug, id, user, standForm(), form, model);
    }

    @PostMapping("/drafts/{slug}/amendments/{id}/stands/{stand}/remove")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ANALYST')")
    String removeStand(
            @PathVariable String slug,
            @PathVariable Long id,
            @PathVariable Long stand,
            @RequestParam long version,
            RedirectAttributes redirect) {
        this.recorder.removeStand(slug, id, stand, version);
        redirect.addFlashAttribute("flash", "amendment.standRemoved");
        return "redirect:/drafts/" + slug + "/amendments/" + id;
    }

    /** A flash warning beside the confirmation: the statement was recorded, but something in it looks wrong. */
    private void warn(AmendmentRecorder.SpeakerWarning warning, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flashWarning",
                this.messages.getMessage(
                        "amendment.speaker.notEntitled",
                        new Object[] {
                            warning.speaker(),
                            warning.group(),
                            warning.on()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                        },
                        Locale.ENGLISH));
    }

    /**
     * The proposal page; {@code overrideForm} null for the outcome as saved (else the analyst's refused input, shown
     * again).
     */
    private String proposalPage(
            String slug, Long id, Authentication viewer, StandForm form, OverrideForm overrideForm, Model model) {
        AmendmentViews.Proposal proposal = this.reading.proposal(slug, id, viewer);
        model.addAttribute("process", this.drafts.process(slug));
        model.addAttribute("proposal", proposal);
        model.addAttribute("standForm", form);
        model.addAttribute("overrideForm", (overrideForm != null) ? overrideForm : overrideForm(proposal));
        model.addAttribute("outcomes", org.plenary.amendments.outcome.Outcome.values());
        addChoices(this.drafts.process(slug), viewer, model);
        return "amendments/proposal";
    }

    private String form(
            String slug, ProposalForm form, AmendmentViews.Proposal editing, Authentication user, Model model) {
        List<DraftViews.NodeEdit> candidates =
                (editing == null && form.getCandidates().size() > 1)
                        ? form.getCandidates().stream()
                                .distinct()
                                .limit(MAX_CANDIDATES)
                                .map((id) -> this.drafts.node(slug, id))
                                .toList()
                        : List.of();
        if (candidates.stream().map((c) -> c.revision().id()).distinct().count() > 1) {
            throw new org.plenary.web.BadRequestException("error.badForm", null);
        }
        DraftViews.NodeEdit node = this.drafts.node(
                slug,
                (form.getNodeId() != null)
                        ? form.getNodeId()
                        : candidates.get(0).node().id());
        model.addAttribute("candidates", candidates);
        model.addAttribute("process", node.process());
        model.addAttribute("node", node);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", ProposalKind.values());
        // The process's current issues, and the proposal's own issue should it be archived since.
        Long chosen = form.getIssueId();
        model.addAttribute(
                "issues",
                this.issues.issuesOf(node.process().id()).stream()
                        .filter((issue) -> !issue.archived() || issue.id().equals(chosen))
                        .toList());
        addChoices(node.process(), user, model);
        return FORM;
    }

    /** An issue's title for the conflict page, as the user chose it. */
    private String issueTitle(String slug, Long issueId) {
        if (issueId == null) {
            return null;
        }
        return this.issues.issuesOf(this.drafts.process(slug).id()).stream()
                .filter((issue) -> issue.id().equals(issueId))
                .map(IssueView::title)
                .findFirst()
                .orElse(String.valueOf(issueId));
    }

    private static String issueTitle(AmendmentViews.Proposal proposal) {
        return (proposal.issue() != null) ? proposal.issue().title() : null;
    }

    private void addChoices(org.plenary.process.ProcessRef process, Authentication user, Model model) {
        model.addAttribute("meetings", this.processes.meetingsOf(process.id()));
        model.addAttribute("notes", this.notes.citable(process, NoteReader.Viewer.of(user)));
        model.addAttribute(
                "actorNames",
                this.actors.all().stream()
                        .sorted(Comparator.comparing(ActorRef::name))
                        .toList());
    }

    private static OverrideForm overrideForm(AmendmentViews.Proposal proposal) {
        OverrideForm form = new OverrideForm();
        if (proposal.outcome() != null) {
            form.setOutcome(
                    (proposal.outcome().override() != null)
                            ? proposal.outcome().override().apiName()
                            : "");
            form.setReason(proposal.outcome().overrideReason());
            form.setVersion(proposal.outcome().version());
        }
        return form;
    }

    private static StandForm standForm() {
        StandForm form = new StandForm();
        form.setStatedOn(LocalDate.now());
        return form;
    }

    private static ProposalDraft draft(ProposalForm form) {
        ProposalKind kind;
        try {
            kind = ProposalKind.ofApiName(form.getKind());
        } catch (IllegalArgumentException ex) {
            throw new AmendmentRuleException("kind", "amendment.kind.required");
        }
        return new ProposalDraft(
                form.getNodeId(),
                kind,
                form.getTarget(),
                form.getOccurrence(),
                form.getWords(),
                form.getRationale(),
                form.getIssueId());
    }

    private static ActorRole role(String name) {
        try {
            return ActorRole.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new AmendmentRuleException("role", "amendment.role.required");
        }
    }
}
