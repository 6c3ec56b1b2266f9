package org.plenary.web;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the errors of JSON controllers in JSON: {@code {"status": 404, "message": "...", "correlationId": "..."}},
 * never an HTML page and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException ex, HttpServletRequest request) {
        return body(HttpStatus.NOT_FOUND, message(ex.messageKey(), ex.argument()), request);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException ex, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, message(ex.messageKey(), ex.argument()), request);
    }

    @ExceptionHandler(RuleException.class)
    ResponseEntity<Map<String, Object>> rule(RuleException ex, HttpServletRequest request) {
        String text = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), Locale.ENGLISH);
        return body(HttpStatus.BAD_REQUEST, text, request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, DateTimeParseException.class})
    ResponseEntity<Map<String, Object>> unreadableParameter(Exception ex, HttpServletRequest request) {
        String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName() : "";
        return body(HttpStatus.BAD_REQUEST, message("error.badParameter", name), request);
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<Map<String, Object>> unreadableField(InvalidPropertyException ex, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, message("error.badFormField", ex.getPropertyName()), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(
            MissingServletRequestParameterException ex, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, message("error.missingParameter", ex.getParameterName()), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException ex, HttpServletRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof NulCharacterInJson.NulInText nul) {
                return body(HttpStatus.BAD_REQUEST, message(NulCharacterFilter.MESSAGE_KEY, nul.field()), request);
            }
        }
        return body(HttpStatus.BAD_REQUEST, message("error.badBody", null), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(
            HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message("error.mediaType", null), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map((error) -> error.getField() + ": " + this.messages.getMessage(error, Locale.ENGLISH))
                .reduce((a, b) -> a + "; " + b)
                .orElse(message("error.badBody", null));
        return body(HttpStatus.BAD_REQUEST, detail, request);
    }

    @ExceptionHandler({StaleEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<Map<String, Object>> conflict(RuntimeException ex, HttpServletRequest request) {
        return body(HttpStatus.CONFLICT, message("conflict.concurrent", null), request);
    }

    private String message(String key, Object argument) {
        return this.messages.getMessage(key, new Object[] {argument}, key, Locale.ENGLISH);
    }

    private static ResponseEntity<Map<String, Object>> body(
            HttpStatus status, String message, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("message", message);
        body.put("correlationId", request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
        return ResponseEntity.status(status).body(body);
    }
}
