package org.plenary.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start the way {@code ./mvnw spring-boot:run} does it on a new machine, but with the demo off: the embedded
 * PostgreSQL starts in a new data directory, Flyway builds the schema, and the only account is the administrator
 * with the password from PLENARY_ADMIN_PASSWORD. There is no default password.
 */
@SpringBootTest(
        properties = {
            "plenary.demo=false",
            "plenary.admin-password=first-start-secret-42",
            "plenary.embedded-database.directory=target/first-start-pgdata-${random.uuid}"
        })
class FirstStartTests {

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_only_account_is_the_administrator_with_the_configured_password() {
        assertThat(this.accounts.findAll()).singleElement().satisfies((admin) -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.getPasswordHash()).doesNotContain("first-start-secret-42");
            assertThat(this.passwordEncoder.matches("first-start-secret-42", admin.getPasswordHash()))
                    .isTrue();
            assertThat(this.passwordEncoder.matches("plenary-demo", admin.getPasswordHash()))
                    .isFalse();
        });
    }

    @Test
    void without_the_demo_the_database_holds_reference_data_but_no_process() {
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from actor where kind in ('STATE', 'OBSERVER_STATE')", Integer.class))
                .isEqualTo(195);
        assertThat(this.jdbc.queryForObject("select count(*) from process", Integer.class))
                .isZero();
    }
}
