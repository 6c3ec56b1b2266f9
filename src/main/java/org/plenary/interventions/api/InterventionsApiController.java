package org.plenary.interventions.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.interventions.InterventionPage;
import org.plenary.interventions.InterventionQuery;
import org.plenary.interventions.InterventionReading;
import org.plenary.interventions.InterventionView;
import org.plenary.notes.NoteReader;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.BadRequestException;
import org.plenary.web.NotFoundException;

/**
 * The interventions of a process as JSON, filtered by speaker ({@code actor}), group spoken for ({@code group}), dates
 * and paragraph (its lineage id, as in the paragraph history's address), {@value InterventionReading#PAGE_SIZE} a page,
 * oldest first. Visibility-aware: to an anonymous reader (a public export) an intervention made under the Chatham
 * House rule is left out; a signed-in reader (HTTP Basic) gets it with its speaker. A bad parameter answers 400 with
 * a message. The JSON names are a contract.
 */
@RestController
class InterventionsApiController {

    private final ProcessCatalog processes;

    private final ActorDirectory actors;

    private final InterventionReading reading;

    InterventionsApiController(ProcessCatalog processes, ActorDirectory actors, InterventionReading reading) {
        this.processes = processes;
        this.actors = actors;
        this.reading = reading;
    }

    @GetMapping(value = "/api/v1/processes/{process}/interventions", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> interventions(
            @PathVariable String process,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String paragraph,
            @RequestParam(required = false) String page,
            Authentication authentication) {
        ProcessRef p =
                this.processes.find(process).orElseThrow(() -> new NotFoundException("process.notFound", process));
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadRequestException("intervention.api.dates", null);
        }
        Long lineage = null;
        if (paragraph != null && !paragraph.isBlank()) {
            try {
                lineage = Long.valueOf(paragraph.strip());
            } catch (NumberFormatException ex) {
                throw new BadRequestException("intervention.api.paragraph", paragraph);
            }
        }
        int number = 1;
        if (page != null && !page.isBlank()) {
            try {
                number = Integer.parseInt(page.strip());
            } catch (NumberFormatException ex) {
                number = 0;
            }
            if (number < 1) {
                throw new BadRequestException("intervention.api.page", page);
            }
        }
        NoteReader.Viewer viewer = NoteReader.Viewer.of(authentication);
        InterventionQuery query =
                new InterventionQuery(p.id(), actorId(actor), actorId(group), fromDate, toDate, lineage, null, true);
        InterventionPage result = this.reading.page(query, number, InterventionReading.PAGE_SIZE, false, viewer);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("process", p.slug());
        json.put("page", result.page());
        json.put("pageSize", result.size());
        json.put("total", result.total());
        json.put("pages", result.pages());
        json.put(
                "interventions",
                result.interventions().stream()
                        .map(InterventionsApiController::json)
                        .toList());
        return json;
    }

    private Long actorId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return this.actors
                .find(code.strip())
                .map(ActorRef::id)
                .orElseThrow(() -> new BadRequestException("intervention.api.actor", code));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException ex) {
            throw new BadRequestException("intervention.api.date", value);
        }
    }

    private static Map<String, Object> json(InterventionView i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.id());
        json.put("date", i.day().toString());
        json.put("meeting", (i.meeting() != null) ? i.meeting().title() : null);
        json.put("actor", (i.actor() != null) ? i.actor().code() : null);
        json.put("actorName", (i.actor() != null) ? i.actor().name() : null);
        json.put("onBehalfOf", (i.onBehalfOf() != null) ? i.onBehalfOf().code() : null);
        json.put("kind", i.kind().apiName());
        json.put("issue", (i.issue() != null) ? i.issue().slug() : null);
        json.put("paragraph", (i.paragraph() != null) ? i.paragraph().lineageId() : null);
        json.put("part", i.part());
        json.put("summary", i.summary());
        json.put("quote", i.quote());
        return json;
    }
}
