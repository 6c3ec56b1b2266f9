package org.plenary.process;

import java.time.LocalDate;

/**
 * What other modules need to know of a meeting: when it was, whether it was under the Chatham House rule, and
 * where it belongs.
 */
public record MeetingRef(
        Long id, String title, LocalDate day, boolean chathamHouse, String roundName, String processSlug) {}
