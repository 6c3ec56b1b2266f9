package org.plenary.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the schema is audited by the database (a trigger calling {@code audit_row}), unless it is named here
 * with the reason. A new table without its trigger fails this test: add to its migration
 * {@code create trigger audit after insert or update or delete on my_table for each row execute function
 * audit_row('MyEntity');}
 */
@PlenaryIntegrationTest
class AuditCoverageTests {

    /** Tables whose rows are not changes users make, and why. */
    static final Map<String, String> NOT_AUDITED = Map.of(
            "flyway_schema_history", "the schema's own history, written by Flyway",
            "audit_entry", "the trail itself (append-only)",
            "audit_request", "the trail itself (append-only)",
            "login_failure", "counts of failed logins: attempts, not changes",
            "spring_session", "who is logged in: sessions, not changes",
            "spring_session_attributes", "who is logged in: sessions, not changes",
            "shedlock", "locks of scheduled jobs",
            "data_version", "a counter that triggers bump for caches",
            "actor_names_version", "a counter that triggers bump for caches",
            "note_mention", "names recognised in a note: derived from the note's audited body on every save");

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_users_change_has_the_audit_trigger() {
        List<String> unaudited = this.jdbc.sql("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind in ('r', 'p')
						  and not exists (
						      select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
						      where t.tgrelid = c.oid and p.proname = 'audit_row')
						order by c.relname
						""").query(String.class).list();
        assertThat(unaudited)
                .as("tables without the audit trigger (add it in a migration, or name the table in NOT_AUDITED)")
                .isSubsetOf(NOT_AUDITED.keySet());
    }
}
