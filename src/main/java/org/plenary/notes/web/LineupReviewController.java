package org.plenary.notes.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.plenary.actors.ActorAliasing;
import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.NameResolver;
import org.plenary.actors.Resolution;
import org.plenary.notes.LineupParser;
import org.plenary.notes.LineupReading;
import org.plenary.notes.NoteLineups;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteReader.Viewer;
import org.plenary.notes.NoteView;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.ProcessRef;
import org.plenary.web.FormSubmission;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;

/**
 * The review of a note's line-up (coordinators): pick the issue, map each heading to one of its stances (suggested by
 * shared words), see what each bullet resolved to at the note's date (a group with its members of that date), pick
 * the actor for a name that resolved to nothing, then confirm. Nothing is saved before the confirmation; it records
 * all positions in one transaction, and can be undone.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class LineupReviewController {

    /** One bullet as the review shows it, numbered across sections. */
    record ReviewEntry(
            int index,
            int section,
            LineupParser.Entry entry,
            Map<Long, String> membersOfGroups,
            List<String> picks,
            String remark) {}

    /** One heading with its suggested stance and its entries. */
    record ReviewSection(int index, String heading, String stance, List<ReviewEntry> entries) {}

    private final NoteReader notes;

    private final LineupReading lineups;

    private final NoteLineups confirmations;

    private final IssueCatalog issues;

    private final ActorDirectory actors;

    private final NameResolver names;

    private final ActorAliasing aliasing;

    LineupReviewController(
            NoteReader notes,
            LineupReading lineups,
            NoteLineups confirmations,
            IssueCatalog issues,
            ActorDirectory actors,
            NameResolver names,
            ActorAliasing aliasing) {
        this.names = names;
        this.aliasing = aliasing;
        this.notes = notes;
        this.lineups = lineups;
        this.confirmations = confirmations;
        this.issues = issues;
        this.actors = actors;
    }

    @GetMapping("/notes/{id}/lineup")
    String review(
            @PathVariable Long id,
            @RequestParam(required = false) String issue,
            @RequestParam Map<String, String> params,
            Authentication authentication,
            Model model) {
        NoteView note = note(id, authentication);
        return page(note, issue, params, model);
    }

    @PostMapping("/notes/{id}/lineup")
    String confirm(
            @PathVariable Long id,
            @RequestParam String issue,
            @RequestParam Map<String, String> params,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        NoteView note = note(id, authentication);
        IssueView chosen = issue(note, issue);
        try {
            NoteLineups.Outcome outcome =
                    this.confirmations.confirmReview(note, chosen, params, authentication.getName());
            redirect.addFlashAttribute("flash", "lineup.confirmed");
            redirect.addFlashAttribute("outcome", outcome);
            return "redirect:/notes/" + id;
        } catch (RuleException ex) {
            model.addAttribute("problem", ex.messageKey());
            model.addAttribute("problemArguments", ex.arguments());
        }
        response.setStatus(FormSubmission.INVALID);
        return page(note, issue, params, model);
    }

    /**
     * An admin adds a name the review could not resolve as an alias of the actor picked for it (the select next to
     * the name), then sees the review again with the names resolved anew and the rest of the form as it was. The name
     * is read from the note again (never from the request); a refused alias (another actor's name or alias, empty)
     * comes back on the review with the reason.
     */
    @PostMapping("/notes/{id}/lineup/alias")
    @PreAuthorize("hasRole('ADMIN')")
    String addAlias(
            @PathVariable Long id,
            @RequestParam String issue,
            @RequestParam String alias,
            @RequestParam Map<String, String> params,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        NoteView note = note(id, authentication);
        issue(note, issue);
        int[] at = aliasPosition(alias);
        LineupParser.Lineup lineup =
                this.lineups.parse(note.markdown(), note.note().date());
        List<LineupParser.Entry> entries =
                lineup.sections().stream().flatMap((s) -> s.entries().stream()).toList();
        if (at[0] >= entries.size() || at[1] >= entries.get(at[0]).unresolved().size()) {
            throw new org.plenary.web.BadRequestException("lineup.alias.gone", alias);
        }
        String name = entries.get(at[0]).unresolved().get(at[1]);
        String code = params.getOrDefault("pick-" + alias, "").strip();
        String problem = null;
        Object[] arguments = {name};
        if (code.isEmpty() || code.equals("-") || this.actors.find(code).isEmpty()) {
            problem = "lineup.alias.pick";
        } else if (name.length() > 200) {
            problem = "lineup.alias.tooLong";
        } else {
            try {
                this.aliasing.addAlias(code, name);
            } catch (RuleException ex) {
                problem = ex.messageKey();
                arguments = ex.arguments();
            }
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("problemArguments", arguments);
            response.setStatus(FormSubmission.INVALID);
            return page(note, issue, params, model);
        }
        org.springframework.web.util.UriComponentsBuilder back =
                org.springframework.web.util.UriComponentsBuilder.fromPath("/notes/{id}/lineup");
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        int n = 0;
        for (Map.Entry<String, String> p : params.entrySet()) {
            String key = p.getKey();
            boolean kept = key.equals("issue")
                    || key.matches("stance\\d{1,4}")
                    || key.matches("remark-\\d{1,5}")
                    // the entry's own picks are numbered anew once the name resolves
                    || (key.matches("pick-\\d{1,5}-\\d{1,3}") && !key.startsWith("pick-" + at[0] + "-"));
            if (kept) {
                values.put("v" + n, p.getValue());
                back.queryParam(key, "{v" + n + "}");
                n++;
            }
        }
        redirect.addFlashAttribute("flash", "lineup.alias.added");
        return "redirect:" + back.encode().buildAndExpand(values).toUriString();
    }

    /** "3-0": the bullet (numbered across sections) and the unresolved name in it. */
    private static int[] aliasPosition(String alias) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d{1,5})-(\\d{1,3})").matcher(alias.strip());
        if (!m.matches()) {
            throw new org.plenary.web.BadRequestException("lineup.alias.gone", alias);
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @PostMapping("/notes/{id}/lineup/undo")
    String undo(
            @PathVariable Long id,
            @RequestParam String issue,
            Authentication authentication,
            RedirectAttributes redirect) {
        NoteView note = note(id, authentication);
        IssueView chosen = issue(note, issue);
        int retracted = this.confirmations.undo(id, chosen.id());
        redirect.addFlashAttribute("flash", "lineup.undone");
        redirect.addFlashAttribute("retracted", retracted);
        return "redirect:/notes/" + id;
    }

    private String page(NoteView note, String issueSlug, Map<String, String> params, Model model) {
        ProcessRef process = this.notes.processOf(note).orElseThrow();
        List<IssueView> issues = this.issues.issuesOf(process.id());
        IssueView chosen = (issueSlug == null || issueSlug.isBlank())
                ? null
                : IssueCatalog.find(issues, issueSlug)
                        .orElseThrow(() -> new NotFoundException("issue.notFound", issueSlug));
        LineupParser.Lineup lineup =
                this.lineups.parse(note.markdown(), note.note().date());
        List<String> groupCodes = lineup.sections().stream()
                .flatMap((sec) -> sec.entries().stream())
                .flatMap((e) -> e.actors().stream())
                .filter((a) -> a.kind() == ActorKind.GROUP)
                .map(ActorRef::code)
                .distinct()
                .toList();
        Map<Long, String> members = new HashMap<>();
        for (Resolution r : groupCodes.isEmpty()
                ? List.<Resolution>of()
                : this.names.resolveAll(groupCodes, note.note().date())) {
            if (r.isResolved()) {
                members.put(
                        r.actor().id(), r.members().stream().map(ActorRef::name).collect(Collectors.joining(", ")));
            }
        }
        List<ReviewSection> sections = new ArrayList<>();
        int index = 0;
        for (int s = 0; s < lineup.sections().size(); s++) {
            LineupParser.Section section = lineup.sections().get(s);
            String stance = params.containsKey("stance" + s)
                    ? params.get("stance" + s)
                    : (chosen != null)
                            ? NoteLineups.suggest(section.heading(), chosen).orElse("")
                            : "";
            List<ReviewEntry> entries = new ArrayList<>();
            for (LineupParser.Entry entry : section.entries()) {
                List<String> picks = new ArrayList<>();
                for (int k = 0; k < entry.unresolved().size(); k++) {
                    picks.add(params.getOrDefault("pick-" + index + "-" + k, ""));
                }
                entries.add(new ReviewEntry(
                        index,
                        s,
                        entry,
                        members,
                        picks,
                        params.getOrDefault("remark-" + index, NoteLineups.defaultRemark(entry))));
                index++;
            }
            sections.add(new ReviewSection(s, section.heading(), stance, entries));
        }
        model.addAttribute("note", note);
        model.addAttribute("process", process);
        model.addAttribute("issues", issues);
        model.addAttribute("issue", chosen);
        model.addAttribute("sections", sections);
        model.addAttribute(
                "choices",
                this.actors.all().stream()
                        .sorted(Comparator.comparing(ActorRef::name))
                        .toList());
        return "notes/lineup";
    }

    private IssueView issue(NoteView note, String slug) {
        ProcessRef process = this.notes.processOf(note).orElseThrow();
        return IssueCatalog.find(this.issues.issuesOf(process.id()), slug)
                .orElseThrow(() -> new NotFoundException("issue.notFound", slug));
    }

    private NoteView note(Long id, Authentication authentication) {
        return this.notes
                .note(id, Viewer.of(authentication))
                .orElseThrow(() -> new NotFoundException("note.notFound", id));
    }
}
