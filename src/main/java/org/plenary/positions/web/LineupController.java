package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.positions.IssueView;
import org.plenary.positions.LineupEntry;
import org.plenary.positions.LineupEvidence;
import org.plenary.positions.LineupNames;
import org.plenary.positions.LineupReader;
import org.plenary.positions.LineupView;
import org.plenary.process.ProcessRef;

/**
 * The issues of a process, an issue's line-up as of a date (optionally compared with another) and its world map: a
 * page where each state names its stance and links to its page, and a plain SVG image.
 */
@Controller
class LineupController {

    /** States the map has no shape for: the page lists them beside it. */
    static final Set<String> OFF_MAP = Set.of("FM", "KI", "MH", "PW", "TV", "WS");

    private static final String NO_STANCE_FILL = "#e3e6ea";

    private final Readers readers;

    private final LineupReader lineups;

    private final WorldMap worldMap = new WorldMap("static/maps/world-svgmap-2.21.0.svg");

    private final MessageSource messages;

    LineupController(Readers readers, LineupReader lineups, MessageSource messages) {
        this.readers = readers;
        this.lineups = lineups;
        this.messages = messages;
    }

    @GetMapping("/processes/{slug}/issues")
    String issues(@PathVariable String slug, Model model) {
        ProcessRef process = this.readers.process(slug);
        model.addAttribute("process", process);
        List<IssueView> issues = this.readers.issues(process);
        model.addAttribute("issues", IssueView.current(issues));
        model.addAttribute("archivedIssues", IssueView.archived(issues));
        return "positions/issues";
    }

    @GetMapping("/processes/{slug}/issues/{issue}/lineup")
    String lineup(
            @PathVariable String slug,
            @PathVariable String issue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compareWith,
            Authentication authentication,
            HttpServletRequest request,
            Model model) {
        ProcessRef process = this.readers.process(slug);
        List<IssueView> issues = this.readers.issues(process);
        IssueView current = Readers.issue(issues, issue);
        LocalDate date = this.readers.asOf(process, asOf);
        LineupView lineup = this.lineups.lineup(current, date, compareWith, Readers.signedIn(authentication));
        model.addAttribute("process", process);
        model.addAttribute("issues", IssueView.current(issues));
        model.addAttribute("issue", current);
        model.addAttribute("lineup", lineup);
        Locale locale = LocaleContextHolder.getLocale();
        LineupEvidence evidence = LineupEvidence.of(
                (key, arguments) -> this.messages.getMessage(key, arguments, locale), process.slug(), locale);
        model.addAttribute("names", LineupNames.of(evidence, request.getContextPath()));
        return "positions/lineup";
    }

    /** The navigation's map: the first issue of the first process, or its issues while it has none. */
    @GetMapping("/map")
    String firstMap() {
        ProcessRef process = this.readers.allProcesses().stream()
                .findFirst()
                .orElseThrow(() -> new org.plenary.web.NotFoundException("process.notFound", ""));
        List<IssueView> issues = this.readers.issues(process);
        return issues.isEmpty()
                ? "redirect:/processes/" + process.slug() + "/issues"
                : "redirect:/processes/" + process.slug() + "/issues/"
                        + issues.get(0).slug() + "/map";
    }

    /**
     * The issue's map page: each state coloured by its stance as of the date, named with its stance on hover and
     * focus, a link to its page; the legend, and the states the map has no shape for.
     */
    @GetMapping("/processes/{slug}/issues/{issue}/map")
    String mapPage(
            @PathVariable String slug,
            @PathVariable String issue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compareWith,
            Authentication authentication,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        ProcessRef process = this.readers.process(slug);
        List<IssueView> issues = this.readers.issues(process);
        IssueView current = Readers.issue(issues, issue);
        LocalDate date = this.readers.asOf(process, asOf);
        LineupView lineup = this.lineups.lineup(current, date, null, Readers.signedIn(authentication));
        Map<String, WorldMap.Shape> shapes = new HashMap<>();
        String unknown = this.messages.getMessage("map.state.unknown", null, locale);
        for (LineupEntry entry : lineup.placed()) {
            if (entry.iso2() != null) {
                IssueView.OptionView option = current.option(entry.optionId()).orElseThrow();
                String stance = entry.isVia()
                        ? this.messages.getMessage(
                                "map.state.via", new Object[] {option.label(), entry.viaName()}, locale)
                        : option.label();
                shapes.put(entry.iso2(), shape(request, entry, date, stance, "stance-fill-" + option.id()));
            }
        }
        for (LineupEntry entry : lineup.unknown()) {
            if (entry.iso2() != null) {
                shapes.put(entry.iso2(), shape(request, entry, date, unknown, "no-stance"));
            }
        }
        model.addAttribute("process", process);
        model.addAttribute("issues", issues);
        model.addAttribute("issue", current);
        model.addAttribute("lineup", lineup);
        model.addAttribute("compareWith", compareWith);
        model.addAttribute(
                "map", this.worldMap.inline(shapes, this.messages.getMessage("lineup.map.alt", null, locale)));
        model.addAttribute(
                "offMap",
                lineup.placed().stream()
                        .filter((e) -> e.iso2() != null && OFF_MAP.contains(e.iso2()))
                        .toList());
        model.addAttribute(
                "offMapUnknown",
                lineup.unknown().stream()
                        .filter((e) -> e.iso2() != null && OFF_MAP.contains(e.iso2()))
                        .toList());
        return "positions/map";
    }

    private static WorldMap.Shape shape(
            HttpServletRequest request, LineupEntry entry, LocalDate date, String stance, String cssClass) {
        return new WorldMap.Shape(
                request.getContextPath() + "/actors/" + entry.code() + "?asOf=" + date,
                entry.name() + ": " + stance,
                cssClass);
    }

    /** The world map coloured by stance, as a standalone SVG image (fill attributes: no style element). */
    @GetMapping(path = "/processes/{slug}/issues/{issue}/map.svg", produces = "image/svg+xml")
    ResponseEntity<String> map(
            @PathVariable String slug,
            @PathVariable String issue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication) {
        ProcessRef process = this.readers.process(slug);
        IssueView current = Readers.issue(this.readers.issues(process), issue);
        LineupView lineup =
                this.lineups.lineup(current, this.readers.asOf(process, asOf), null, Readers.signedIn(authentication));
        Map<String, String> fills = new HashMap<>();
        for (LineupView.Column column : lineup.columns()) {
            for (LineupEntry entry : column.actors()) {
                if (entry.iso2() != null && entry.iso2().matches("[A-Z]{2}")) {
                    fills.put(entry.iso2(), column.option().colour());
                }
            }
        }
        // Cache-Control and ETag: caching.PublicPageCaching, as for every public page.
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(this.worldMap.image(fills, NO_STANCE_FILL));
    }
}
