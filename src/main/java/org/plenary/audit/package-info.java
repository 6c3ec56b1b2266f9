/**
 * The audit trail: every create, update and delete of an entity records who, when, which entity and what changed,
 * written in the same transaction as the change itself. Administrators read it on a page.
 */
package org.plenary.audit;
