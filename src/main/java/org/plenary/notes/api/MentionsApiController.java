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

import org.plenary.notes.MentionRecognizer;

/**
 * The recogniser of the notes for scripts (coordinators, HTTP Basic): the actors named in a text at a date, nothing
 * saved. {@code start}/{@code end} are UTF-16 offsets into the body, as Java strings count them; a group is given by
 * its own code.
 */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class MentionsApiController {

    private final MentionRecognizer recognizer;

    MentionsApiController(MentionRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @PostMapping(value = "/api/v1/mentions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> mentions(
            @RequestParam(required = false) String date, @RequestBody(required = false) byte[] body) {
        return TextApiRequest.answer(date, body, (text, day) -> {
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
            return Map.of("mentions", mentions);
        });
    }
}
