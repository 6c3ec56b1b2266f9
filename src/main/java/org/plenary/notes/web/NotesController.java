package org.plenary.notes.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

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
import org.plenary.notes.LineupParser;
import org.plenary.notes.MentionCorrections;
import org.plenary.notes.NoteFilter;
import org.plenary.notes.NoteLineups;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteReader.Viewer;
import org.plenary.notes.NoteView;
import org.plenary.notes.suggestions.InterventionSuggestions;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;

/**
 * Reading notes: a process' notes (newest first, filtered, paged), one day's notes in meeting order, one note, and
 * its print view. Everyone reads what the note's visibility admits; a note they may not see does not exist for them.
 * Whoever may edit a note corrects the names it links ("not this actor", "link a name") from its page.
 */
@Controller
class NotesController {

    private final ProcessCatalog processes;

    private final NoteReader notes;

    private final NoteLineups lineups;

    private final ActorDirectory actors;

    private final InterventionSuggestions suggestions;

    private final MentionCorrections corrections;

    NotesController(
            ProcessCatalog processes,
            NoteReader notes,
            NoteLineups lineups,
            ActorDirectory actors,
            InterventionSuggestions suggestions,
            MentionCorrections corrections) {
        this.processes = processes;
        this.notes = notes;
        this.lineups = lineups;
        this.actors = actors;
        this.suggestions = suggestions;
        this.corrections = corrections;
    }

    @GetMapping("/processes/{slug}/notes")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) Long round,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String author,
            @RequestParam(defaultValue = "1") int page,
            Authentication authentication,
            Model model) {
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        NoteFilter filter = new NoteFilter(round, day, tag, author);
        model.addAttribute("process", process);
        model.addAttribute("filter", filter);
        model.addAttribute("notes", this.notes.list(process, filter, page, viewer));
        model.addAttribute("calendar", this.notes.calendar(process));
        model.addAttribute("tags", this.notes.tags(process, viewer));
        model.addAttribute("authors", this.notes.authors(process, viewer));
        model.addAttribute("viewer", viewer);
        return "notes/list";
    }

    @GetMapping("/processes/{slug}/notes/days/{day}")
    String day(
            @PathVariable String slug,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Authentication authentication,
            Model model) {
        ProcessRef process = process(slug);
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("process", process);
        model.addAttribute("day", day);
        model.addAttribute("notes", this.notes.day(process, day, viewer));
        model.addAttribute("viewer", viewer);
        return "notes/day";
    }

    @GetMapping("/notes/{id}")
    String note(@PathVariable Long id, Authentication authentication, Model model) {
        String view = show(id, authentication, model, "notes/note");
        NoteView note = (NoteView) model.getAttribute("note");
        ProcessRef process = (ProcessRef) model.getAttribute("process");
        // The ENB-style interventions the note's prose suggests (#8): for coordinators, who record or dismiss them.
        model.addAttribute(
                "suggestions",
                Viewer.of(authentication).coordinator()
                        ? this.suggestions.find(note.markdown(), note.note().date()).stream()
                                .map((f) -> SuggestionRow.of(f, note.note(), process))
                                .toList()
                        : java.util.List.of());
        return view;
    }

    /** "Link a name": every place the words stand in the note, as written, is linked to the actor. */
    @PostMapping("/notes/{id}/mentions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String link(
            @PathVariable Long id,
            @ModelAttribute("mentionForm") MentionForm form,
            BindingResult binding,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding, response)
                .save(
                        () -> corrected(
                                id,
                                "mention.linked",
                                this.corrections.link(
                                        id, form.getWritten(), form.getActor(), Viewer.of(authentication)),
                                redirect),
                        () -> note(id, authentication, model));
    }

    /** "Not this actor": the words, as written, are no longer linked to the actor anywhere in the note. */
    @PostMapping("/notes/{id}/mentions/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String unlink(
            @PathVariable Long id,
            @ModelAttribute("mentionForm") MentionForm form,
            BindingResult binding,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding, response)
                .save(
                        () -> corrected(
                                id,
                                "mention.unlinked",
                                this.corrections.unlink(
                                        id, form.getWritten(), form.getActor(), Viewer.of(authentication)),
                                redirect),
                        () -> note(id, authentication, model));
    }

    private static String corrected(
            Long id, String message, MentionCorrections.Outcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message);
        redirect.addFlashAttribute("flashArguments", new Object[] {
            outcome.places(), outcome.written(), outcome.actor().name()
        });
        return "redirect:/notes/" + id + "#mentions";
    }

    @GetMapping("/notes/{id}/print")
    String print(@PathVariable Long id, Authentication authentication, Model model) {
        return show(id, authentication, model, "notes/print");
    }

    private String show(Long id, Authentication authentication, Model model, String view) {
        Viewer viewer = Viewer.of(authentication);
        NoteView note = this.notes.note(id, viewer).orElseThrow(() -> new NotFoundException("note.notFound", id));
        model.addAttribute("note", note);
        model.addAttribute("process", this.notes.processOf(note).orElseThrow());
        model.addAttribute("viewer", viewer);
        model.addAttribute("hasLineup", LineupParser.hasLineup(note.markdown()));
        model.addAttribute("recorded", this.lineups.recorded(note, this.actors::findAll));
        if (note.editable()) {
            model.addAttribute("mentionActors", this.corrections.choices());
            if (!model.containsAttribute("mentionForm")) {
                model.addAttribute("mentionForm", new MentionForm());
            }
        }
        return view;
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }
}
