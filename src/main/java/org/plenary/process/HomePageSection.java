package org.plenary.process;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

/**
 * A section that another module adds to the home page (what changed since the reader's last visit), so that the
 * process module shows it without depending on that module. The page asks every such bean and inserts each section's
 * fragment in {@link Section#order()}, above the processes.
 */
public interface HomePageSection {

    /** What this section shows to this reader, or empty (for an anonymous reader, say). */
    Optional<Section> of(Request request);

    /** The reader ({@code null} or anonymous when not signed in) and the request (for the reader's session). */
    record Request(Authentication viewer, HttpServletRequest http) {}

    /** The Thymeleaf template and fragment to insert, reading {@code data}; lower {@code order} comes first. */
    record Section(int order, String template, String fragment, Object data) {}
}
