package org.plenary.audit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.security.AccountRegistry;
import org.plenary.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail is kept by the database: every write is recorded whoever makes it (JPA, JDBC, bulk updates,
 * cascades), a password change says who changed it but never the value, and no one can change or delete the trail.
 */
@PlenaryIntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRegistry accounts;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_password_reset_by_an_administrator_records_who_changed_it_but_not_the_value() throws Exception {
        String username = "reset-" + this.suffix;
        this.accounts.ensure(username, "Reset", Role.VIEWER, "first-password-123");
        long id = this.jdbc
                .sql("select id from account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
        String admin = "resetter-" + this.suffix;
        this.mvc
                .perform(post("/admin/accounts/" + id + "/password")
                        .with(user(admin).roles("ADMIN"))
                        .with(csrf())
                        .param("password", "second-password-456"))
                .andExpect(status().is3xxRedirection());

        String changes = this.jdbc
                .sql("""
						select changes::text from audit_entry
						where entity_type = 'Account' and entity_id = ? and action = 'UPDATE' and username = ?
						""")
                .params(String.valueOf(id), admin)
                .query(String.class)
                .single();
        assertThat(changes).contains("passwordHash", "secret").doesNotContain("second-password", "bcrypt", "$2");
        String created = this.jdbc
                .sql(
                        "select changes::text from audit_entry where entity_type = 'Account' and entity_id = ? and action = 'CREATE'")
                .param(String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(created).contains("(not recorded)").doesNotContain("first-password", "bcrypt", "$2");
    }

    @Test
    void jdbc_inserts_bulk_updates_and_cascades_are_recorded_too() {
        long actor = this.jdbc
                .sql("insert into actor (code, kind, name) values (?, 'STATE', ?) returning id")
                .params("AUD" + this.suffix, "Audited " + this.suffix)
                .query(Long.class)
                .single();
        this.jdbc
                .sql("insert into actor_alias (actor_id, alias, normalized) values (?, ?, ?)")
                .params(actor, "Alias " + this.suffix, "alias " + this.suffix)
                .update();
        this.jdbc
                .sql("update actor set official_name = 'Bulk' where code in (?)")
                .param("AUD" + this.suffix)
                .update();
        this.jdbc.sql("delete from actor where id = ?").param(actor).update();

        List<String> recorded = this.jdbc
                .sql("""
						select action || ' ' || entity_type from audit_entry
						where (entity_type = 'Actor' and entity_id = :actor)
						   or (entity_type = 'ActorAlias' and changes ->> 'actorId' = :actor)
						   or (entity_type = 'ActorAlias' and changes -> 'actorId' ->> 'from' = :actor)
						order by id
						""")
                .param("actor", String.valueOf(actor))
                .query(String.class)
                .list();
        assertThat(recorded)
                .containsExactlyInAnyOrder(
                        "CREATE Actor", "CREATE ActorAlias", "UPDATE Actor", "DELETE ActorAlias", "DELETE Actor");
        assertThat(this.jdbc
                        .sql("""
								select changes::text from audit_entry
								where entity_type = 'Actor' and entity_id = ? and action = 'UPDATE'
								""")
                        .param(String.valueOf(actor))
                        .query(String.class)
                        .single())
                .contains("officialName", "Bulk");
    }

    @Test
    void the_database_refuses_to_change_delete_or_truncate_the_trail() {
        this.jdbc
                .sql("insert into actor (code, kind, name) values (?, 'STATE', ?)")
                .params("TRL" + this.suffix, "Trail " + this.suffix)
                .update();
        long entries = count("audit_entry");
        long requests = count("audit_request");
        for (String sql : List.of(
                "update audit_entry set username = 'someone' where id = (select max(id) from audit_entry)",
                "delete from audit_entry where id = (select max(id) from audit_entry)",
                "truncate audit_entry cascade",
                "update audit_request set username = 'someone' where id = (select max(id) from audit_request)",
                "delete from audit_request where id = (select max(id) from audit_request)",
                "truncate audit_request cascade")) {
            assertThatThrownBy(() -> this.jdbc.sql(sql).update())
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(count("audit_entry")).isEqualTo(entries);
        assertThat(count("audit_request")).isEqualTo(requests);
    }

    private long count(String table) {
        return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
