/**
 * Amendment proposals followed to their fate in the next revision.
 *
 * <p>A proposal is wording proposed against a paragraph of a draft revision (stored by its node and lineage, so that
 * it follows renumbering and moves): replace, insert after or delete words, add a paragraph after it, delete it. Its
 * proponents, supporters and opponents are actors, each with a date and evidence (a meeting, a source, a quote, as
 * positions hold it: under the Chatham House rule who said it is not shown to the public). Identical proposals by
 * several actors are one proposal with several proponents. When the next revision of the document is imported, the
 * outcome of each proposal is inferred by the pure rule of {@link org.plenary.amendments.outcome} from the successor
 * paragraphs the lineage finds.
 *
 * <p>Depends on {@code drafts} ({@link org.plenary.drafts.DraftReading}), {@code actors} (names, the actor page
 * sections), {@code process} (meetings) and {@code web}.
 */
package org.plenary.amendments;
