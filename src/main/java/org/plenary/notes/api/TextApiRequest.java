package org.plenary.notes.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.plenary.web.BadRequestException;

/**
 * How the notes' text APIs for scripts (mentions, line-ups, intervention suggestions) read a request: a date
 * ({@code YYYY-MM-DD}, else 400), then a UTF-8 body of at most 1 MB (else 413) that is not blank (else 400).
 */
public final class TextApiRequest {

    /** Four times the longest brief is 60 KB. */
    public static final int MAX_BYTES = 1024 * 1024;

    private TextApiRequest() {}

    /** The JSON that {@code reading} makes of the text at the date, once the request is read. */
    public static ResponseEntity<Map<String, Object>> answer(
            String date, byte[] body, BiFunction<String, LocalDate, Map<String, Object>> reading) {
        LocalDate day = date(date);
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
        return ResponseEntity.ok(reading.apply(text, day));
    }

    private static LocalDate date(String date) {
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
