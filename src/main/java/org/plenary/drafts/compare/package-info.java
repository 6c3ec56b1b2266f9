/**
 * Compares any two revisions of a document, aligned by lineage, for the compare page and the compare API: rows
 * with word-level operations, moves and renumbering, a summary per section or objective, cached by revision
 * content versions. Reads through {@link org.plenary.drafts.DraftReading}.
 */
package org.plenary.drafts.compare;
