package org.plenary.drafts;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out new lineage ids, several in one statement (on the transaction's connection, so they roll back with it).
 */
@Component
class LineageIds {

    private final JdbcClient jdbc;

    LineageIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> allocate(Long documentId, int count) {
        if (count == 0) {
            return List.of();
        }
        return this.jdbc
                .sql("""
				insert into draft_lineage (document_id) select :documentId from generate_series(1, :count)
				returning id
				""")
                .param("documentId", documentId)
                .param("count", count)
                .query(Long.class)
                .list();
    }
}
