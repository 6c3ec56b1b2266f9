package org.plenary.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database is configured. Its data directory (default
 * {@code ./.plenary/pgdata}) survives restarts, so what a user entered is still there tomorrow. The embedded
 * PostgreSQL is a provided dependency: on the classpath of {@code ./mvnw spring-boot:run} and of the tests, never in
 * the packaged jar or the image, where a missing {@code SPRING_DATASOURCE_URL} fails the start instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${plenary.embedded-database.directory:.plenary/pgdata}") Path directory,
            @Value("${plenary.embedded-database.port:0}") int port) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toAbsolutePath())
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory.toAbsolutePath());
            return postgres;
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
