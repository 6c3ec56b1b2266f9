package org.plenary.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the audit page is narrowed to; every part optional (blank text arrives as {@code null}: the binder trims).
 * Dates are UTC days, both inclusive.
 *
 * @param user who made the changes (any case)
 * @param type the entity type changed ("Position")
 * @param entity the entity's id
 */
record AuditFilter(
        String user,
        String type,
        String entity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
