package org.plenary.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Start-up work runs on one node at a time. Every {@code ApplicationRunner} (the demo data, the first administrator,
 * whatever a module adds) runs between {@link ApplicationStartedEvent} and {@link ApplicationReadyEvent}; this
 * listener holds a PostgreSQL session advisory lock over exactly that stretch. Two nodes started at once on an empty
 * database therefore run their start-up work one after the other, and the second finds it done (one administrator,
 * one copy of the demo data). The lock lives on one connection: if the node dies, PostgreSQL releases it.
 */
@Component
class StartupLock implements ApplicationListener<ApplicationEvent> {

    /** The advisory lock's key: any fixed number, the same on every node ("PLENARY" in ASCII). */
    static final long KEY = 0x504C454E415259L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;

    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartedEvent) {
            acquire();
        } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    private synchronized void acquire() {
        if (this.held != null) {
            return;
        }
        try {
            Connection connection = this.dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                long start = System.nanoTime();
                statement.execute("select pg_advisory_lock(" + KEY + ")");
                long waited = (System.nanoTime() - start) / 1_000_000;
                if (waited > 1000) {
                    log.info("Waited {} ms for another node's start-up work", waited);
                }
            } catch (SQLException ex) {
                connection.close();
                throw ex;
            }
            this.held = connection;
        } catch (SQLException ex) {
            throw new DataAccessResourceFailureException("Could not take the start-up lock", ex);
        }
    }

    private synchronized void release() {
        Connection connection = this.held;
        if (connection == null) {
            return;
        }
        this.held = null;
        try (connection;
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException ex) {
            // A pooled connection must not go back to the pool holding the lock: evict it (closing it releases it).
            log.warn("Could not release the start-up lock cleanly: {}", ex.getMessage());
            if (this.dataSource instanceof HikariDataSource pool) {
                pool.evictConnection(connection);
            }
        }
    }
}
