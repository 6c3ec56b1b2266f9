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
}
