package org.plenary.search;

import java.time.LocalDate;

/**
 * One hit as the results page shows it: {@code titleHtml} and {@code snippetHtml} are escaped HTML whose only markup
 * is {@code <mark>} (see {@link Highlight}).
 */
record SearchHit(
        SearchKind kind,
        long id,
        String titleHtml,
        String context,
        String snippetHtml,
        String processName,
        LocalDate day,
        String link) {}
