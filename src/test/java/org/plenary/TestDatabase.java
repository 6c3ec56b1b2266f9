package org.plenary;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL every test of a run shares, chosen once: the server named by TEST_DATABASE_URL (with
 * TEST_DATABASE_USERNAME and TEST_DATABASE_PASSWORD) when set, else a Testcontainers PostgreSQL when a Docker
 * engine answers, else an embedded PostgreSQL. If none starts, the tests fail: they never skip.
 */
public final class TestDatabase {

    private static volatile Connection connection;

    public record Connection(String url, String username, String password, String source) {}

    private TestDatabase() {}

    public static Connection connection() {
        Connection current = connection;
        if (current == null) {
            synchronized (TestDatabase.class) {
                current = connection;
                if (current == null) {
                    current = start();
                    connection = current;
                }
            }
        }
        return current;
    }

    /**
     * A new, empty database on the same server, for tests that need one of their own (several nodes starting on an
     * empty database, a restore drill). The caller drops it with {@link #drop(Connection)}.
     */
    public static Connection freshDatabase(String prefix) {
        Connection shared = connection();
        String name = prefix + "_" + Long.toHexString(System.nanoTime());
        try (var connection = java.sql.DriverManager.getConnection(shared.url(), shared.username(), shared.password());
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException("Could not create the database " + name, ex);
        }
        String url = shared.url().replaceFirst("^(jdbc:postgresql://[^/]+/)([^?]*)", "$1" + name);
        return new Connection(url, shared.username(), shared.password(), shared.source() + " (" + name + ")");
    }

    /** Drops a database made by {@link #freshDatabase(String)}, closing whatever connections are still open on it. */
    public static void drop(Connection fresh) {
        Connection shared = connection();
        String name = fresh.url().replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*$", "$1");
        try (var connection = java.sql.DriverManager.getConnection(shared.url(), shared.username(), shared.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (java.sql.SQLException ex) {
            throw new IllegalStateException("Could not drop the database " + name, ex);
        }
    }

    private static Connection start() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(
                    url,
                    env("TEST_DATABASE_USERNAME", "postgres"),
                    env("TEST_DATABASE_PASSWORD", ""),
                    "TEST_DATABASE_URL");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new Connection(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ex) {
                    // The JVM is going away; the temporary data directory goes with it.
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException ex) {
            throw new UncheckedIOException(
                    "No test database: TEST_DATABASE_URL is not set, no Docker engine "
                            + "answers, and the embedded PostgreSQL did not start",
                    ex);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return (value != null) ? value : fallback;
    }
}
