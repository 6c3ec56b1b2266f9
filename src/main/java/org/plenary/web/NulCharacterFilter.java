package org.plenary.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, at the edge of the application, a request whose query parameters or form fields contain the NUL character
 * (U+0000): PostgreSQL cannot store it in text, so it would otherwise fail deep inside a save or a search with a 500.
 * No browser sends it from a text field; a hand-made request gets a 400 page saying why. Runs before the security
 * filters, so the login form is covered too (the throttle never records such a username).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class NulCharacterFilter extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "error.nulCharacter";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String parameter = firstWithNul(request.getParameterMap());
        if (parameter != null) {
            request.setAttribute(PlenaryErrorAttributes.MESSAGE_KEY, MESSAGE_KEY);
            request.setAttribute(PlenaryErrorAttributes.ARGUMENT, parameter);
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "The value of \"" + parameter.replace("\u0000", "\\0")
                            + "\" contains a NUL character (U+0000), which cannot be stored. Remove it and send again.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name of the first parameter whose name or a value contains U+0000, or {@code null}. */
    static String firstWithNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                return parameter.getKey();
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }
}
