package org.plenary.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** What the audit pages show: requests with their changes, each change as fields with before and after. */
final class AuditViews {

    private AuditViews() {}

    /**
     * One request (or, outside a request, one transaction): who, when, how many changes of which kind, and its first
     * changes.
     */
    record Request(
            long id,
            OffsetDateTime occurredAt,
            String username,
            String correlationId,
            int changeCount,
            List<Count> counts,
            List<Change> changes) {

        public boolean hasMore() {
            return this.changeCount > this.changes.size();
        }
    }

    /** {@code count} entities of {@code entityType} had {@code action} (CREATE, UPDATE, DELETE, UNLOCK) in a request. */
    record Count(String action, String entityType, int count) {}

    /** One entity's change in a request, as fields. */
    record Change(long id, String action, String entityType, String entityId, List<Field> fields) {}

    /**
     * One field of a change: its value before and after (null where there was none), or only that it changed, for a
     * secret such as a password hash.
     */
    record Field(String name, String before, String after, boolean secret) {}

    /** A page of requests, with the page number actually shown (a page past the end shows the last one). */
    record Page<T>(List<T> items, int number, int totalPages, long total) {

        public boolean hasPrevious() {
            return this.number > 0;
        }

        public boolean hasNext() {
            return this.number + 1 < this.totalPages;
        }
    }
}
