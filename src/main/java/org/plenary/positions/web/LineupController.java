package org.plenary.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
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
import org.plenary.positions.LineupReader;
import org.plenary.positions.LineupView;
import org.plenary.process.ProcessRef;

/**
 * The issues of a process, an issue's line-up as of a date (optionally compared with another) and its world map.
 */
@Controller
class LineupController {

    /** States the map has no shape for: the page lists them beside it. */
    static final Set<String> OFF_MAP = Set.of("FM", "KI", "MH", "PW", "TV", "WS");

    private static final String NO_STANCE_FILL = "#e3e6ea";

    private final Readers readers;

    private final LineupReader lineups;

    private final String worldMap;

    LineupController(Readers readers, LineupReader lineups) {
        this.readers = readers;
        this.lineups = lineups;
        try (InputStream in = new ClassPathResource("static/maps/world-svgmap-2.21.0.svg").getInputStream()) {
            this.worldMap = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @GetMapping("/processes/{slug}/issues")
    String issues(@PathVariable String slug, Model model) {
        ProcessRef process = this.readers.process(slug);
        model.addAttribute("process", process);
        model.addAttribute("issues", this.readers.issues(process));
        return "positions/issues";
    }

    @GetMapping("/processes/{slug}/issues/{issue}/lineup")
    String lineup(
            @PathVariable String slug,
            @PathVariable String issue,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate compareWith,
            Authentication authentication,
            Model model) {
        ProcessRef process = this.readers.process(slug);
        List<IssueView> issues = this.readers.issues(process);
        IssueView current = Readers.issue(issues, issue);
        LocalDate date = this.readers.asOf(process, asOf);
        LineupView lineup = this.lineups.lineup(current, date, compareWith, Readers.signedIn(authentication));
        model.addAttribute("process", process);
        model.addAttribute("issues", issues);
        model.addAttribute("issue", current);
        model.addAttribute("lineup", lineup);
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
        return "positions/lineup";
    }

    /** The world map coloured by stance: the shipped SVG with a style rule per state that has one. */
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
        StringBuilder style =
                new StringBuilder("<style>path{fill:").append(NO_STANCE_FILL).append(";stroke:#fff;stroke-width:.6}");
        for (LineupView.Column column : lineup.columns()) {
            for (LineupEntry entry : column.actors()) {
                if (entry.iso2() != null && entry.iso2().matches("[A-Z]{2}")) {
                    style.append('#')
                            .append(entry.iso2())
                            .append("{fill:")
                            .append(column.option().colour())
                            .append('}');
                }
            }
        }
        style.append("</style>");
        int open = this.worldMap.indexOf('>', this.worldMap.indexOf("<svg")) + 1;
        String svg = this.worldMap.substring(0, open) + style + this.worldMap.substring(open);
        // Cache-Control and ETag: caching.PublicPageCaching, as for every public page.
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .body(svg);
    }
}
