package org.plenary.drafts.api;

import java.util.stream.Collectors;

import org.plenary.web.BadRequestException;
import org.plenary.web.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the drafts API as {@code {"status":..., "message":...}}, the same shape the security chain uses.
 */
@RestControllerAdvice(basePackageClasses = DraftsApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DraftsApiErrors {

	record ApiError(int status, String message) {

	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex) {
		String message = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> "\"" + error.getField() + "\" " + error.getDefaultMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		boolean tooLarge = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.anyMatch((error) -> "Size".equals(error.getCode()));
		return error(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, message);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "The body is not a JSON object {\"from\": text, \"to\": text}");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ApiError> missing(MissingServletRequestParameterException ex) {
		return error(HttpStatus.BAD_REQUEST, "Parameter \"" + ex.getParameterName() + "\" is required");
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound(NotFoundException ex) {
		return error(HttpStatus.NOT_FOUND, "Not found: " + ex.argument());
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<ApiError> badRequest(BadRequestException ex) {
		return error(HttpStatus.BAD_REQUEST, "Bad request: " + ex.argument());
	}

	private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(new ApiError(status.value(), message));
	}

}
