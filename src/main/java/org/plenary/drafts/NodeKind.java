package org.plenary.drafts;

import java.util.Locale;

/**
 * What a node of a revision's structure tree is. Sections hold objectives and paragraphs, objectives hold
 * paragraphs, paragraphs hold lettered items; a text node is an unnumbered paragraph (a title, a chapeau).
 */
public enum NodeKind {

    /** A part of the document: "Preamble", "Vision and guiding principles", "Implementation", ... */
    SECTION,

    /** An objective heading: "Objective 13: Use immigration detention only as a measure of last resort ...". */
    OBJECTIVE,

    /** A numbered paragraph: "23. ...". */
    PARAGRAPH,

    /** A lettered sub-item of a paragraph: "(a) ...". */
    ITEM,

    /** An unnumbered paragraph. */
    TEXT;

    /** The name used in forms and CSS classes, e.g. {@code "objective"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether nodes of this kind are headings in the table of contents. */
    public boolean heading() {
        return this == SECTION || this == OBJECTIVE;
    }
}
