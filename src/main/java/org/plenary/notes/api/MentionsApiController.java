package org.plenary.notes.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.notes.MentionRecognizer;
import org.plenary.web.BadRequestException;

/**
 * The recogniser of the notes for scripts (coordinators, HTTP Basic): the actors named in a text at a date, nothing
 * saved. {@code start}/{@code end} are UTF-16 offsets into the body, as Java strings count them; a group is given by
 * its own code.
 */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class MentionsApiController {

    static final int MAX_BYTES = 1024 * 1024;

    private final MentionRecognizer recognizer;

    MentionsApiController(MentionRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @PostMapping(value = "/api/v1/mentions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> mentions(
            @RequestParam(required = false) String date, @RequestBody(required = false) byte[] body) {
        LocalDate day = Dates.parse(date);
        if (body != null && body.length > MAX_BYTES) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", 413);
            error.put("message", "The text is over 1 MB.");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(error);
        }
        String text = (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
        if (text.isBlank()) {
            throw new BadRequestException("mentions.api.empty", null);
        }
        List<Map<String, Object>> mentions = this.recognizer.recognise(text, day).stream()
                .map((m) -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("start", m.start());
                    json.put("end", m.end());
                    json.put("text", m.text());
                    json.put("code", m.actor().code());
                    return json;
                })
                .toList();
        return ResponseEntity.ok(Map.of("mentions", mentions));
    }

    /** The API's date parameter: present and YYYY-MM-DD, else 400 with a JSON message. */
    static final class Dates {

        private Dates() {}

        static LocalDate parse(String date) {
            if (date == null || date.isBlank()) {
                throw new BadRequestException("mentions.api.date", date);
            }
            try {
                return LocalDate.parse(date.strip());
            } catch (DateTimeParseException ex) {
                throw new BadRequestException("mentions.api.date", date);
            }
        }
    }
}
