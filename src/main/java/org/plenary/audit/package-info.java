/**
 * The audit trail, kept by the database: a trigger on every table users change records who changed which row, when,
 * in which request and what (each field before and after; secrets only as "changed"), in the same transaction as the
 * change, whoever writes it (JPA, JDBC, bulk updates, cascades). The trail is append-only, enforced by triggers.
 * {@link org.plenary.audit.AuditLog} records changes that are not rows of an audited table. Administrators read the
 * trail by request, filtered by user, entity and date.
 */
package org.plenary.audit;
