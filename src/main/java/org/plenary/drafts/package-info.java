/**
 * Draft revisions of a negotiated text: import (pasted text, .txt, .md, .docx) into a structure tree, the reader,
 * paragraph lineage from one revision to the next, and the structure-aware comparison built on
 * {@link org.plenary.diff.ParagraphDiff}.
 *
 * <p>The root package holds the model (documents, revisions, nodes, lineage links) and its rules: a published
 * revision refuses changes; a lineage link corrected by an analyst is kept and audited. Sub-packages:
 * {@code importing} (text and files to a structure tree, pure), {@code compare} (two revisions aligned by lineage,
 * cached), {@code api} (JSON endpoints under {@code /api/v1}) and {@code web} (pages under {@code /drafts}, which
 * need a login: drafts may be confidential).
 *
 * <p>Depends on {@code process} (processes by slug), {@code diff} (alignment) and {@code web} (errors).
 */
package org.plenary.drafts;
