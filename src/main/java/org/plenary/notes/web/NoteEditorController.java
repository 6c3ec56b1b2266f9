package org.plenary.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.plenary.notes.NoteEditing;
import org.plenary.notes.NoteHistory;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteReader.Viewer;
import org.plenary.notes.NoteStatus;
import org.plenary.notes.NoteView;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.EditConflict;
import org.plenary.web.FormErrors;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * The note editor (coordinators): write a note, preview it as the page will show it (the server renders it), save a
 * draft or publish, edit on the version opened (a stale save gets the conflict page, the user's text kept), and read
 * the history of saves with the word-level changes between any two.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class NoteEditorController {

    private static final String FORM = "notes/form";

    private final ProcessCatalog processes;

    private final NoteReader reader;

    private final NoteEditing editing;

    private final NoteHistory history;

    NoteEditorController(ProcessCatalog processes, NoteReader reader, NoteEditing editing, NoteHistory history) {
        this.processes = processes;
        this.reader = reader;
        this.editing = editing;
        this.history = history;
    }

    @GetMapping("/processes/{slug}/notes/new")
    String newNote(
            @PathVariable String slug,
            @RequestParam(required = false) java.time.LocalDate date,
            Authentication authentication,
            Model model) {
        NoteForm form = new NoteForm();
        form.setDate(date);
        return form(process(slug), form, null, Viewer.of(authentication), model);
    }

    @PostMapping("/processes/{slug}/notes/new")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") NoteForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "draft") String action,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        if ("preview".equals(action)) {
            model.addAttribute("preview", this.reader.render(form.getBody(), form.getDate()));
            return form(process, form, null, viewer, model);
        }
        if (!binding.hasErrors()) {
            try {
                Long id = this.editing.create(process, form.content(status(action)), viewer);
                redirect.addFlashAttribute("flash", "publish".equals(action) ? "note.published" : "note.savedDraft");
                return "redirect:/notes/" + id;
            } catch (RuleException ex) {
                FormErrors.reject(binding, ex);
            }
        }
        response.setStatus(FormSubmission.INVALID);
        return form(process, form, null, viewer, model);
    }

    @GetMapping("/notes/{id}/edit")
    String edit(@PathVariable Long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        NoteEditing.NoteEdit saved = this.editing.edit(id, viewer);
        return form(processOf(saved), NoteForm.of(saved), saved, viewer, model);
    }

    @PostMapping("/notes/{id}/edit")
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("form") NoteForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "draft") String action,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        NoteEditing.NoteEdit saved = this.editing.edit(id, viewer);
        ProcessRef process = processOf(saved);
        if ("preview".equals(action)) {
            model.addAttribute("preview", this.reader.render(form.getBody(), form.getDate()));
            return form(process, form, saved, viewer, model);
        }
        if (!binding.hasErrors()) {
            try {
                this.editing.update(id, form.getVersion(), form.content(status(action)), viewer);
                redirect.addFlashAttribute("flash", flash(saved, action));
                return "redirect:/notes/" + id;
            } catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
                return conflict(id, form, viewer, response, model);
            } catch (RuleException ex) {
                FormErrors.reject(binding, ex);
            }
        }
        response.setStatus(FormSubmission.INVALID);
        return form(process, form, saved, viewer, model);
    }

    /** The editor's preview: the body rendered exactly as the note page will render it. */
    @PostMapping("/notes/preview")
    String preview(
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate date,
            Model model) {
        model.addAttribute("preview", this.reader.render(body, date));
        return "notes/form :: preview";
    }

    @GetMapping("/notes/{id}/history")
    String history(
            @PathVariable Long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Authentication authentication,
            Model model) {
        Viewer viewer = Viewer.of(authentication);
        NoteView note = this.reader.note(id, viewer).orElseThrow(() -> new NotFoundException("note.notFound", id));
        var revisions = this.history.revisions(id);
        int newest = revisions.isEmpty() ? 0 : revisions.get(0).number();
        int toNumber = (to != null) ? to : newest;
        int fromNumber = (from != null) ? from : Math.max(1, toNumber - 1);
        model.addAttribute("note", note);
        model.addAttribute("process", this.reader.processOf(note).orElseThrow());
        model.addAttribute("revisions", revisions);
        model.addAttribute("from", fromNumber);
        model.addAttribute("to", toNumber);
        model.addAttribute("comparison", (newest > 0) ? this.history.compare(id, fromNumber, toNumber) : null);
        return "notes/history";
    }

    /** Someone saved in between: the form keeps the user's text, the panel says what differs from the saved note. */
    private String conflict(Long id, NoteForm form, Viewer viewer, HttpServletResponse response, Model model) {
        NoteEditing.NoteEdit now = this.editing.edit(id, viewer);
        var saved = now.content();
        model.addAttribute(
                "conflict",
                EditConflict.compare()
                        .field("note.title", form.getTitle(), saved.title())
                        .field("note.date", form.getDate(), saved.date())
                        .field("note.organisation", form.getOrganisation(), saved.organisation())
                        .field(
                                "note.tags",
                                org.plenary.notes.Tags.join(org.plenary.notes.Tags.parse(form.getTags())),
                                org.plenary.notes.Tags.join(saved.tags()))
                        .field("note.visibility", form.getVisibility(), saved.visibility())
                        .field("note.status", null, saved.status())
                        .build());
        model.addAttribute(
                "bodyConflict", NoteHistory.compareTexts(saved.body(), (form.getBody() != null) ? form.getBody() : ""));
        form.setVersion(now.version());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return form(processOf(now), form, now, viewer, model);
    }

    private String form(ProcessRef process, NoteForm form, NoteEditing.NoteEdit editing, Viewer viewer, Model model) {
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("calendar", this.reader.calendar(process));
        model.addAttribute("knownTags", this.reader.tags(process, viewer));
        model.addAttribute("visibilities", org.plenary.notes.Visibility.values());
        return FORM;
    }

    private static String flash(NoteEditing.NoteEdit before, String action) {
        if (!"publish".equals(action)) {
            return "note.savedDraft";
        }
        return (before.content().status() == NoteStatus.DRAFT) ? "note.published" : "note.saved";
    }

    private static NoteStatus status(String action) {
        return "publish".equals(action) ? NoteStatus.PUBLISHED : NoteStatus.DRAFT;
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    private ProcessRef processOf(NoteEditing.NoteEdit edit) {
        return this.processes.all().stream()
                .filter((p) -> p.id().equals(edit.processId()))
                .findFirst()
                .orElseThrow();
    }
}
