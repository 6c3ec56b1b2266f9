/**
 * Turns a revision's text into its structure tree: {@link org.plenary.drafts.importing.RevisionText} reads pasted
 * text or an uploaded .txt, .md or .docx file; {@link org.plenary.drafts.importing.StructureParser} recognises
 * sections, objective headings, numbered paragraphs and lettered items. Pure: no Spring, no persistence.
 */
package org.plenary.drafts.importing;
