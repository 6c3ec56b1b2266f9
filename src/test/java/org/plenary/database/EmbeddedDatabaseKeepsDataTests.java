package org.plenary.database;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./mvnw spring-boot:run} relies on: the embedded PostgreSQL keeps its data between starts, and it is
 * used only when no database is configured.
 */
class EmbeddedDatabaseKeepsDataTests {

    @TempDir
    Path directory;

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();
        try (EmbeddedPostgres first = configuration.embeddedPostgres(this.directory, 0);
                HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(first)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(this.directory, 0);
                HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(second)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select note from kept", String.class))
                    .isEqualTo("still here");
        }
    }

    @Test
    void the_embedded_database_starts_only_without_a_configured_one() {
        NoDatabaseConfigured condition = new NoDatabaseConfigured();
        assertThat(matches(condition, new MockEnvironment())).isTrue();
        assertThat(matches(
                        condition,
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/plenary")))
                .isFalse();
        assertThat(matches(condition, new MockEnvironment().withProperty("plenary.embedded-database.enabled", "false")))
                .isFalse();
    }

    private static boolean matches(NoDatabaseConfigured condition, MockEnvironment environment) {
        var context = org.mockito.Mockito.mock(org.springframework.context.annotation.ConditionContext.class);
        org.mockito.Mockito.when(context.getEnvironment()).thenReturn(environment);
        return condition.matches(context, null);
    }
}
