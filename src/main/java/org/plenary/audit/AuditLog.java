package org.plenary.audit;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a change that is not a row of an audited table (those the database records by itself), such as an
 * administrator unlocking an account: in the caller's transaction, in the same request group as its other changes.
 * Answers, for seed data, whether a row ever held a value.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param action what happened, in capitals ("UNLOCK"), at most 10 characters
     * @param entityType the entity's name as the audit page shows it ("Account")
     * @param entityId its id
     * @param changes field to value, or field to {@code Map.of("from", before, "to", after)}; never a secret
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Map<String, ?> changes) {
        this.jdbc
                .sql("select audit_record(:action, :type, :id, cast(:changes as jsonb))")
                .param("action", action)
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("changes", this.json.writeValueAsString(changes))
                .query((rs, n) -> n)
                .list();
    }

    /**
     * Whether a row of an entity type that was created with {@code scope} = {@code scopeValue} ever had {@code field}
     * = {@code value}: created or deleted with it, or changed from or to it. Seed data asks it so as not to bring back
     * what a user removed or changed. Fields are named as the trail names them ({@code processId} for
     * {@code process_id}).
     */
    @Transactional(readOnly = true)
    public boolean everHeld(String entityType, String scope, Object scopeValue, String field, String value) {
        return this.jdbc
                .sql("""
				select exists (
				    select 1 from audit_entry e
				    where e.entity_type = :type
				      and (e.changes ->> cast(:field as text) = :value
				           or e.changes -> cast(:field as text) ->> 'from' = :value
				           or e.changes -> cast(:field as text) ->> 'to' = :value)
				      and e.entity_id in (select c.entity_id from audit_entry c
				                          where c.entity_type = :type and c.action = 'CREATE'
				                            and c.changes ->> cast(:scope as text) = :scopeValue))
				""")
                .param("type", entityType)
                .param("field", field)
                .param("value", value)
                .param("scope", scope)
                .param("scopeValue", String.valueOf(scopeValue))
                .query(Boolean.class)
                .single();
    }
}
