package org.plenary.drafts;

import java.time.LocalDate;

/**
 * What an analyst says about a revision being imported.
 *
 * @param label "Zero Draft", "Rev 1", ...
 * @param issuedOn the date it was circulated
 * @param status draft (may still be corrected) or published (as circulated, refuses changes)
 * @param sourceFile the uploaded file's name, or {@code null} for pasted text
 */
public record RevisionDetails(String label, LocalDate issuedOn, RevisionStatus status, String sourceFile) {}
