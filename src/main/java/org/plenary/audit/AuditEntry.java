package org.plenary.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * One recorded change. Written by {@link AuditTrail} with plain SQL, read here; never changed.
 */
@Entity
@org.hibernate.annotations.Immutable
class AuditEntry {

    @Id
    private Long id;

    private OffsetDateTime occurredAt;

    private String username;

    private String action;

    private String entityType;

    private String entityId;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private String changes;

    protected AuditEntry() {}

    public Long getId() {
        return this.id;
    }

    public OffsetDateTime getOccurredAt() {
        return this.occurredAt;
    }

    public String getUsername() {
        return this.username;
    }

    public String getAction() {
        return this.action;
    }

    public String getEntityType() {
        return this.entityType;
    }

    public String getEntityId() {
        return this.entityId;
    }

    public String getChanges() {
        return this.changes;
    }
}
