package org.plenary.interventions.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.plenary.drafts.DraftReading;
import org.plenary.interventions.InterventionDraft;
import org.plenary.interventions.InterventionKind;
import org.plenary.interventions.InterventionPage;
import org.plenary.interventions.InterventionQuery;
import org.plenary.interventions.InterventionReading;
import org.plenary.interventions.InterventionRecorder;
import org.plenary.interventions.InterventionRuleException;
import org.plenary.interventions.InterventionView;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteReader.Viewer;
import org.plenary.notes.NoteView;
import org.plenary.positions.IssueCatalog;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;

/**
 * Intervention pages: a process's interventions (by speaker, group and dates, paged), one intervention with the
 * warnings about it, the quick form (pre-filled from a note, a passage, a paragraph or a suggestion), the
 * version-checked edit and the delete. Reading is public (the Chatham House rule applied by the reading); writing is
 * for coordinators.
 */
@Controller
class InterventionController {

    private static final String FORM = "interventions/form";

    private final InterventionReading reading;

    private final InterventionRecorder recorder;

    private final ProcessCatalog processes;

    private final ActorDirectory actors;

    private final NoteReader notes;

    private final DraftReading drafts;

    private final IssueCatalog issues;

    InterventionController(
            InterventionReading reading,
            InterventionRecorder recorder,
            ProcessCatalog processes,
            ActorDirectory actors,
            NoteReader notes,
            DraftReading drafts,
            IssueCatalog issues) {
        this.reading = reading;
        this.recorder = recorder;
        this.processes = processes;
        this.actors = actors;
        this.notes = notes;
        this.drafts = drafts;
        this.issues = issues;
    }

    @GetMapping("/processes/{slug}/interventions")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Authentication authentication,
            Model model) {
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        ActorRef speaker = blank(actor) ? null : this.actors.find(actor.strip()).orElse(null);
        ActorRef spokenFor =
                blank(group) ? null : this.actors.find(group.strip()).orElse(null);
        boolean unknown = (!blank(actor) && speaker == null) || (!blank(group) && spokenFor == null);
        InterventionQuery query = new InterventionQuery(
                process.id(),
                (speaker != null) ? speaker.id() : null,
                (spokenFor != null) ? spokenFor.id() : null,
                from,
                to,
                null,
                null,
                speaker != null || spokenFor != null);
        InterventionPage interventions = unknown
                ? new InterventionPage(List.of(), 1, InterventionReading.PAGE_SIZE, 0)
                : this.reading.page(query, page, InterventionReading.PAGE_SIZE, true, viewer);
        model.addAttribute("process", process);
        model.addAttribute("interventions", interventions);
        model.addAttribute("actor", actor);
        model.addAttribute("group", group);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("viewer", viewer);
        model.addAttribute("actorNames", actorNames());
        return "interventions/list";
    }

    @GetMapping("/processes/{slug}/interventions/{id}")
    String show(@PathVariable String slug, @PathVariable Long id, Authentication authentication, Model model) {
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        InterventionView intervention = this.reading.one(process, id, viewer);
        model.addAttribute("process", process);
        model.addAttribute("intervention", intervention);
        model.addAttribute("viewer", viewer);
        model.addAttribute(
                "warnings",
                (viewer.member() && !intervention.speakerHidden())
                        ? this.recorder.warnings(
                                intervention.actor(),
                                intervention.onBehalfOf(),
                                intervention.day(),
                                (intervention.meeting() != null)
                                        ? intervention.meeting().id()
                                        : null)
                        : List.of());
        return "interventions/intervention";
    }

    @GetMapping("/processes/{slug}/interventions/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newIntervention(
            @PathVariable String slug,
            @RequestParam(required = false) Long note,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String onBehalfOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String quote,
            @RequestParam(required = false) Long node,
            Authentication authentication,
            Model model) {
        ProcessRef process = process(slug);
        InterventionForm form = new InterventionForm();
        form.setSpokenOn(process.defaultAsOf(LocalDate.now()));
        if (note != null) {
            NoteView from = this.notes
                    .note(note, Viewer.of(authentication))
                    .filter((n) -> n.note().processId().equals(process.id()))
                    .orElseThrow(() -> new NotFoundException("note.notFound", note));
            form.setNoteId(note);
            form.setSpokenOn(from.note().date());
            form.setMeetingId(from.note().meetingId());
        }
        if (meeting != null) {
            form.setMeetingId(meeting);
            this.processes.meetingsOf(process.id()).stream()
                    .filter((m) -> m.id().equals(meeting))
                    .findFirst()
                    .ifPresent((m) -> form.setSpokenOn(m.day()));
        }
        if (date != null) {
            form.setSpokenOn(date);
        }
        form.setSpeaker(nameOf(actor));
        form.setOnBehalfOf(nameOf(onBehalfOf));
        if (!blank(kind)) {
            try {
                form.setKind(InterventionKind.ofApiName(kind).apiName());
            } catch (IllegalArgumentException ex) {
                // an unknown kind in a link leaves the default: the form shows the choice
            }
        }
        form.setSummary(summary);
        form.setQuote(quote);
        form.setNodeId(node);
        return form(process, form, null, model);
    }

    @PostMapping("/processes/{slug}/interventions/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult binding,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        return FormSubmission.of(binding, response)
                .save(
                        () -> {
                            InterventionRecorder.Recorded recorded = this.recorder.record(slug, draft(form), viewer);
                            redirect.addFlashAttribute("flash", "intervention.saved");
                            return "redirect:/processes/" + slug + "/interventions/" + recorded.id();
                        },
                        () -> form(process, form, null, model));
    }

    @GetMapping("/processes/{slug}/interventions/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable String slug, @PathVariable Long id, Authentication authentication, Model model) {
        ProcessRef process = process(slug);
        InterventionView saved = this.reading.one(process, id, Viewer.of(authentication));
        model.addAttribute(
                "warnings",
                this.recorder.warnings(
                        saved.actor(),
                        saved.onBehalfOf(),
                        saved.day(),
                        (saved.meeting() != null) ? saved.meeting().id() : null));
        return form(process, formOf(saved), saved, model);
    }

    @PostMapping("/processes/{slug}/interventions/{id}/edit")
    @PreAuthorize("hasRole('COORDINATOR')")
    String update(
            @PathVariable String slug,
            @PathVariable Long id,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult binding,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        FormErrors.requireReadable(form);
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        InterventionView saved = this.reading.one(process, id, viewer);
        return FormSubmission.of(binding, response)
                .onConflict(() -> {
                    InterventionView now = this.reading.one(process, id, viewer);
                    InterventionForm theirs = formOf(now);
                    model.addAttribute(
                            "conflict",
                            EditConflict.compare()
                                    .field("intervention.speaker", form.getSpeaker(), theirs.getSpeaker())
                                    .field("intervention.onBehalfOf", form.getOnBehalfOf(), theirs.getOnBehalfOf())
                                    .field("intervention.spokenOn", form.getSpokenOn(), theirs.getSpokenOn())
                                    .field("intervention.kind", form.getKind(), theirs.getKind())
                                    .field("intervention.summary", form.getSummary(), theirs.getSummary())
                                    .field("intervention.quote", form.getQuote(), theirs.getQuote())
                                    .field("intervention.source", form.getSource(), theirs.getSource())
                                    .build());
                    form.setVersion(now.version());
                    return form(process, form, now, model);
                })
                .save(
                        () -> {
                            this.recorder.revise(slug, id, form.getVersion(), draft(form), viewer);
                            redirect.addFlashAttribute("flash", "intervention.revised");
                            return "redirect:/processes/" + slug + "/interventions/" + id;
                        },
                        () -> form(process, form, saved, model));
    }

    @PostMapping("/processes/{slug}/interventions/{id}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String delete(
            @PathVariable String slug, @PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        this.recorder.delete(slug, id, version);
        redirect.addFlashAttribute("flash", "intervention.deleted");
        return "redirect:/processes/" + slug + "/interventions";
    }

    private String form(ProcessRef process, InterventionForm form, InterventionView editing, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", InterventionKind.values());
        model.addAttribute("meetings", this.processes.meetingsOf(process.id()));
        model.addAttribute("issues", this.issues.issuesOf(process.id()));
        model.addAttribute("actorNames", actorNames());
        if (form.getNodeId() != null) {
            try {
                model.addAttribute("node", this.drafts.node(process.slug(), form.getNodeId()));
            } catch (NotFoundException ex) {
                // the form says so next to the paragraph when it is saved
            }
        }
        if (form.getNoteId() != null) {
            model.addAttribute(
                    "noteTitle",
                    this.notes
                            .titles(List.of(form.getNoteId()), NoteReader.Viewer.of(currentUser()))
                            .get(form.getNoteId()));
        }
        return FORM;
    }

    private static Authentication currentUser() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
    }

    private List<ActorRef> actorNames() {
        return this.actors.all().stream()
                .sorted(Comparator.comparing(ActorRef::name))
                .toList();
    }

    private String nameOf(String code) {
        if (blank(code)) {
            return null;
        }
        return this.actors.find(code.strip()).map(ActorRef::name).orElse(code.strip());
    }

    private static InterventionForm formOf(InterventionView saved) {
        InterventionForm form = new InterventionForm();
        form.setSpeaker((saved.actor() != null) ? saved.actor().name() : null);
        form.setOnBehalfOf((saved.onBehalfOf() != null) ? saved.onBehalfOf().name() : null);
        form.setSpokenOn(saved.day());
        form.setMeetingId((saved.meeting() != null) ? saved.meeting().id() : null);
        form.setKind(saved.kind().apiName());
        form.setNodeId((saved.paragraph() != null) ? saved.paragraph().nodeId() : null);
        form.setTextPart(saved.textPart());
        form.setIssueId((saved.issue() != null) ? saved.issue().id() : null);
        form.setSummary(saved.summary());
        form.setQuote(saved.quote());
        form.setNoteId(saved.noteId());
        form.setSource(saved.source());
        form.setVersion(saved.version());
        return form;
    }

    private static InterventionDraft draft(InterventionForm form) {
        InterventionKind kind;
        try {
            kind = InterventionKind.ofApiName(form.getKind());
        } catch (IllegalArgumentException ex) {
            throw new InterventionRuleException("kind", "intervention.kind.required");
        }
        return new InterventionDraft(
                form.getSpeaker(),
                form.getOnBehalfOf(),
                form.getSpokenOn(),
                form.getMeetingId(),
                kind,
                form.getNodeId(),
                form.getTextPart(),
                form.getIssueId(),
                form.getSummary(),
                form.getQuote(),
                form.getNoteId(),
                form.getSource());
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
