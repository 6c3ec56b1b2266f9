package org.plenary.drafts.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one error the drafts API answers differently from {@code org.plenary.web.ApiExceptionHandler}: a text over
 * the size limit is 413, every other invalid body 400, each with the fields named.
 */
@RestControllerAdvice(basePackageClasses = DraftsApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DraftsApiErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException ex) {
        String message = ex.getBindingResult().getFieldErrors().stream()
                .map((error) -> "\"" + error.getField() + "\" " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        boolean tooLarge =
                ex.getBindingResult().getFieldErrors().stream().anyMatch((error) -> "Size".equals(error.getCode()));
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
