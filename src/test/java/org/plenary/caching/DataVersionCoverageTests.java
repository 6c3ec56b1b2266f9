package org.plenary.caching;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table bumps the content version the public pages' ETags come from (migration V53), unless it is named here
 * with the reason. A new table without the trigger fails this test: add to its migration
 * {@code create trigger data_version after insert or update or delete or truncate on my_table for each statement
 * execute function bump_data_version();}
 */
@PlenaryIntegrationTest
class DataVersionCoverageTests {

    /** Tables no public page shows, and why. */
    static final Map<String, String> NOT_VERSIONED = Map.ofEntries(
            Map.entry("flyway_schema_history", "the schema's own history (a new release changes the ETags anyway)"),
            Map.entry("data_version", "the counter itself"),
            Map.entry("audit_entry", "the audit trail: shown to administrators only, never cached"),
            Map.entry("audit_request", "the audit trail: shown to administrators only, never cached"),
            Map.entry("login_failure", "counts of failed logins, written at every failure"),
            Map.entry("spring_session", "who is logged in, written at every signed-in request"),
            Map.entry("spring_session_attributes", "who is logged in, written at every signed-in request"),
            Map.entry("follow", "who follows what: only signed-in pages show it, and they are never cached"),
            Map.entry(
                    "last_visit", "when each user came last, written at every sign-in: only their home page shows it"));

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_bumps_the_data_version() {
        List<String> unversioned = this.jdbc.sql("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind in ('r', 'p')
						  and not exists (
						      select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
						      where t.tgrelid = c.oid and p.proname = 'bump_data_version')
						order by c.relname
						""").query(String.class).list();
        assertThat(unversioned)
                .as(
                        "tables without the data_version trigger (add it in a migration, or name the table in NOT_VERSIONED)")
                .isSubsetOf(NOT_VERSIONED.keySet());
    }

    @Test
    void a_write_bumps_the_version_and_a_read_does_not() {
        long before = version();
        this.jdbc.sql("select count(*) from position").query(Long.class).single();
        assertThat(version()).isEqualTo(before);
        this.jdbc.sql("update process set name = name where false").update();
        assertThat(version()).isGreaterThan(before);
    }

    private long version() {
        return this.jdbc
                .sql("select version from data_version")
                .query(Long.class)
                .single();
    }
}
