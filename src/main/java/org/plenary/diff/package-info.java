/**
 * Compares two versions of a text paragraph by paragraph, the way negotiators read a new draft: which
 * paragraphs stayed, which changed and how (word by word), which were inserted, deleted or moved, and which
 * were only renumbered.
 *
 * <p>The entry point is {@link org.plenary.diff.ParagraphDiff}; {@link org.plenary.diff.Paragraphs} splits a
 * text into the paragraphs it compares. The result, a {@link org.plenary.diff.Comparison}, is exact: the
 * operations of every entry rebuild both the old and the new paragraph character for character, so a caller
 * can render either side from it.
 *
 * <p>This module holds pure algorithms only: no Spring, no persistence, no I/O. It is deterministic (no
 * randomness, no time-outs, no dependence on hash iteration order) and safe to call from any thread.
 */
package org.plenary.diff;
