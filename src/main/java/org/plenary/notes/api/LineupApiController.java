package org.plenary.notes.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.actors.ActorRef;
import org.plenary.notes.LineupParser;
import org.plenary.notes.LineupReading;

/**
 * The line-up parser for scripts (coordinators, HTTP Basic): the sections, entries, actors, remarks and unresolved
 * names of a pasted "Line up:" block (or of a bare bullet list) at a date, with the candidates of the names that are
 * ambiguous ({@code "ambiguous":[{"name":"Korea","candidates":[{"code":"PRK",...}]}]}). Nothing is saved.
 */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class LineupApiController {

    private final LineupReading lineups;

    LineupApiController(LineupReading lineups) {
        this.lineups = lineups;
    }

    @PostMapping(value = "/api/v1/lineups/parse", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> parse(
            @RequestParam(required = false) String date, @RequestBody(required = false) byte[] body) {
        return TextApiRequest.answer(date, body, (text, day) -> {
            LineupParser.Lineup lineup = this.lineups.parse(LineupPaste.withLineupLine(text), day);
            List<Map<String, Object>> sections = lineup.sections().stream()
                    .map((s) -> {
                        Map<String, Object> section = new LinkedHashMap<>();
                        section.put("heading", s.heading());
                        section.put(
                                "entries",
                                s.entries().stream()
                                        .map(LineupApiController::entry)
                                        .toList());
                        return section;
                    })
                    .toList();
            return Map.of("sections", sections);
        });
    }

    private static Map<String, Object> entry(LineupParser.Entry e) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("text", e.text());
        entry.put("actors", e.actors().stream().map(LineupApiController::actor).toList());
        entry.put("remark", e.remark());
        entry.put("unresolved", e.unresolved());
        if (!e.ambiguous().isEmpty()) {
            // "Korea", "Congo": never resolved silently, reported with the actors they may stand for.
            entry.put(
                    "ambiguous",
                    e.ambiguous().entrySet().stream()
                            .map((a) -> {
                                Map<String, Object> json = new LinkedHashMap<>();
                                json.put("name", a.getKey());
                                json.put(
                                        "candidates",
                                        a.getValue().stream()
                                                .map(LineupApiController::actor)
                                                .toList());
                                return json;
                            })
                            .toList());
        }
        if (e.spokesperson() != null) {
            entry.put("spokesperson", actor(e.spokesperson()));
        }
        if (!e.members().isEmpty()) {
            entry.put(
                    "members",
                    e.members().stream().map(LineupApiController::actor).toList());
        }
        return entry;
    }

    private static Map<String, Object> actor(ActorRef a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", a.code());
        json.put("name", a.name());
        return json;
    }

    /** A pasted list without its "Line up:" line is read as a line-up all the same. */
    static final class LineupPaste {

        private LineupPaste() {}

        static String withLineupLine(String text) {
            return text.lines()
                            .anyMatch((l) ->
                                    l.strip().toLowerCase(java.util.Locale.ROOT).matches("line[\\s-]?up\\s*:?"))
                    ? text
                    : "Line up:\n" + text;
        }
    }
}
