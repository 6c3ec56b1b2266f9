package org.plenary.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One item of a feed: what it links to, its title, when it happened and last changed, who wrote it, a summary. */
record FeedEntry(
        String path,
        String title,
        LocalDate date,
        Instant updated,
        String author,
        String summary,
        List<String> categories) {}
