package org.plenary.notes.suggestions;

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

import org.plenary.notes.api.TextApiRequest;
import org.plenary.web.BadRequestException;

/**
 * The intervention suggestions of a text for scripts (coordinators, HTTP Basic), nothing saved: each sentence in which
 * someone speaks, the speaker's code, the group spoken for (a group's own code, as at the date), supporters and
 * opponents. Beyond the contract: the sentence's UTF-16 offsets ({@code start}, {@code end}), a group's listed
 * {@code members}, and the {@code unresolved} name of a group not recognised (never guessed).
 */
@RestController
@PreAuthorize("hasRole('COORDINATOR')")
class SuggestionsApiController {

    private final InterventionSuggestions suggestions;

    SuggestionsApiController(InterventionSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping(value = "/api/v1/interventions/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> suggest(
            @RequestParam(required = false) String date, @RequestBody(required = false) byte[] body) {
        return TextApiRequest.answer(date, body, (text, day) -> {
            if (text.indexOf('\0') >= 0) {
                throw new BadRequestException("suggestions.api.nul", null);
            }
            List<Map<String, Object>> found = this.suggestions.suggest(text, day).stream()
                    .map(SuggestionsApiController::json)
                    .toList();
            return Map.of("suggestions", found);
        });
    }

    private static Map<String, Object> json(SuggestionParser.Suggestion s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sentence", s.sentence());
        json.put("start", s.start());
        json.put("end", s.end());
        json.put("actor", s.actor());
        json.put("onBehalfOf", s.onBehalfOf());
        json.put("supporters", s.supporters());
        json.put("opponents", s.opponents());
        if (!s.members().isEmpty()) {
            json.put("members", s.members());
        }
        json.put("unresolved", s.unresolved());
        return json;
    }
}
