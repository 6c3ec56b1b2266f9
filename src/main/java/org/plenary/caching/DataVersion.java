package org.plenary.caching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's content version: a counter that every write to a table users change increases, in the writing
 * transaction (migration V53). Equal versions, equal data, on every node.
 */
@Component
public class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version: one primary-key read. */
    public long current() {
        return this.jdbc
                .sql("select version from data_version where id")
                .query(Long.class)
                .single();
    }
}
