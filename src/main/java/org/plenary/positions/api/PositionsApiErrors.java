package org.plenary.positions.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The positions API's errors as JSON {@code {"message": ...}}: 404 for what does not exist, 400 for a parameter
 * that cannot be read (a malformed date) or is missing.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = PositionsApiController.class)
class PositionsApiErrors {

	@ExceptionHandler(ApiNotFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(ApiNotFoundException ex) {
		return body(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> unreadable(MethodArgumentTypeMismatchException ex) {
		return body(HttpStatus.BAD_REQUEST, "The value \"" + ex.getValue() + "\" of \"" + ex.getName()
				+ "\" cannot be read" + (ex.getName().equals("asOf") ? ": expected a date YYYY-MM-DD" : ""));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException ex) {
		return body(HttpStatus.BAD_REQUEST, "The parameter \"" + ex.getParameterName() + "\" is required");
	}

	private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status.value(), "message", message));
	}

}
