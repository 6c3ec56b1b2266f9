package org.plenary.web;

import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the exceptions of page controllers into error pages with the right status: 404 for what does not exist, 400
 * for parameters that cannot be read, 409 for an edit that lost a race. Anything else is left to the 500 page.
 * JSON controllers are answered first by {@link ApiExceptionHandler}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex, HttpServletRequest request) {
        return page("error/404", HttpStatus.NOT_FOUND, ex.messageKey(), ex.argument(), request);
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException ex, HttpServletRequest request) {
        return page("error/400", HttpStatus.BAD_REQUEST, ex.messageKey(), ex.argument(), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, DateTimeParseException.class})
    ModelAndView unreadable(Exception ex, HttpServletRequest request) {
        String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName() : "";
        return page("error/400", HttpStatus.BAD_REQUEST, "error.badParameter", name, request);
    }

    /** A form field no form has, or a list index beyond {@link FormBinding#MAX_LIST_ROWS}: the form was hand-made. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView unreadableField(InvalidPropertyException ex, HttpServletRequest request) {
        log.info("Form field refused: {}", ex.getMessage());
        return page("error/400", HttpStatus.BAD_REQUEST, "error.badFormField", ex.getPropertyName(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
        return page("error/400", HttpStatus.BAD_REQUEST, "error.missingParameter", ex.getParameterName(), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView lostRace(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
        log.info("Concurrent edit of {} refused", ex.getPersistentClassName());
        return page("error/409", HttpStatus.CONFLICT, "conflict.concurrent", null, request);
    }

    /** A stale version that no form handler turned into its conflict panel: still a 409, never a 500. */
    @ExceptionHandler(StaleEditException.class)
    ModelAndView stale(StaleEditException ex, HttpServletRequest request) {
        log.info("Stale edit refused: {}", ex.getMessage());
        return page("error/409", HttpStatus.CONFLICT, "conflict.concurrent", null, request);
    }

    /** A rule that no form handler put on its form: a 400 page with the rule's message. */
    @ExceptionHandler(RuleException.class)
    ModelAndView rule(RuleException ex, HttpServletRequest request) {
        Object[] arguments = ex.arguments();
        return page(
                "error/400",
                HttpStatus.BAD_REQUEST,
                ex.messageKey(),
                (arguments.length > 0) ? arguments[0] : null,
                request);
    }

    private ModelAndView page(
            String view, HttpStatus status, String messageKey, Object argument, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("argument", argument);
        page.addObject("correlationId", request.getAttribute(CorrelationIdFilter.ATTRIBUTE));
        return page;
    }
}
