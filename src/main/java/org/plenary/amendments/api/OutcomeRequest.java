package org.plenary.amendments.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST /api/v1/amendments/outcome}: a proposal, the paragraph it was made against and that
 * paragraph's text in the next revision.
 *
 * @param kind {@code replace}, {@code insert}, {@code delete}, {@code new-paragraph} or {@code delete-paragraph}
 * @param paragraph the paragraph in the earlier revision (not needed for a new paragraph)
 * @param old the words it replaces or deletes (replace, delete)
 * @param after the words after which it inserts (insert)
 * @param words the words it brings (replace, insert, new paragraph), JSON name {@code "new"}
 * @param successor the paragraph in the next revision, {@code null} when it has none; for a new paragraph, the
 * paragraphs new in the next revision, separated by blank lines
 * @param occurrence which occurrence of the targeted words it means (0, the default, for the first)
 */
record OutcomeRequest(
        String kind,
        String paragraph,
        String old,
        String after,
        @JsonProperty("new") String words,
        String successor,
        Integer occurrence) {}
