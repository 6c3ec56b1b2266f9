/**
 * Full-text search over what was said and written: notes, positions' quotes and remarks, revision paragraphs (and
 * interventions). Each kind is one {@link org.plenary.search.SearchSource}: its part of the one SQL statement that
 * finds, ranks and counts the hits (PostgreSQL full-text search on a generated, weighted {@code tsvector} column
 * with a GIN index, configuration {@code plenary_search}: English stemming without accents), and its part of the
 * statement that reads the hits of one page with their highlighted snippets. A source filters by its module's own
 * rule of who may read what, inside the query ({@code NoteReader.VISIBLE}, {@code LineupReader.PUBLIC_EVIDENCE},
 * {@code Readership.VISIBLE_REVISION}), never after it.
 *
 * <p>The page {@code /search} and the box in every page's header live here too. Depends on {@code notes},
 * {@code positions}, {@code drafts}, {@code actors} (names for "go to the actor page") and {@code web}.
 */
package org.plenary.search;
