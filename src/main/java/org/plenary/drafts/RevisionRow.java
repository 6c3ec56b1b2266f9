package org.plenary.drafts;

import java.time.LocalDate;

/**
 * A revision as pages list it.
 *
 * @param id the revision's id
 * @param sequence its place in the document's series (1 for the first)
 * @param label "Zero Draft", "Rev 1", ...
 * @param issuedOn the date it was circulated
 * @param status draft or published
 * @param sourceFile the name of the file it was imported from, or {@code null} for pasted text
 * @param contentVersion counts changes that invalidate comparisons with it
 * @param version the entity version, for edit forms
 */
public record RevisionRow(
        Long id,
        int sequence,
        String label,
        LocalDate issuedOn,
        RevisionStatus status,
        String sourceFile,
        long contentVersion,
        long version) {

    /** Whether the revision is published (and so refuses changes). */
    public boolean published() {
        return this.status == RevisionStatus.PUBLISHED;
    }
}
