package org.plenary.actors;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A name, an alias or an ISO alpha-2 code points at one actor, else name resolution is ambiguous: the admin pages
 * refuse a second actor with a name (as the resolver compares names), an alias that is another actor's name or alias,
 * a name that is another actor's alias, and an ISO code in use; the database refuses plain duplicates from any writer.
 */
@PlenaryIntegrationTest
class UnambiguousActorNamesTests {

    private static final RequestPostProcessor ADMIN = user("names-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_second_actor_with_a_name_is_refused_at_the_name() throws Exception {
        String code = code();
        assertThat(refused(create(code, "  AUSTRÍA. ", null)))
                .contains("Another actor is already called this: Austria");
        assertThat(refused(create(code, "Republic of Austria", null)))
                .as("the official name of Austria")
                .contains("Another actor is already called this: Austria");
        assertThat(actors(code)).isZero();
    }

    @Test
    void a_name_that_is_another_actors_alias_is_refused() throws Exception {
        String code = code();
        assertThat(refused(create(code, "Lichtenstein", null)))
                .contains("This name is an alias of another actor: &quot;Lichtenstein&quot; of LIE");
        assertThat(actors(code)).isZero();
    }

    @Test
    void an_iso_code_in_use_is_refused() throws Exception {
        String code = code();
        assertThat(refused(create(code, "Other " + code, "AT")))
                .contains("Another actor already has this ISO alpha-2 code: Austria (AUT)");
        assertThat(actors(code)).isZero();
    }

    @Test
    void renaming_an_actor_to_another_actors_name_is_refused_and_keeping_its_own_is_not() throws Exception {
        String code = code();
        assertThat(status(create(code, "Renamed " + code, null))).isEqualTo(302);

        assertThat(refused(post("/admin/actors/" + code)
                        .with(ADMIN)
                        .with(csrf())
                        .param("kind", "STATE")
                        .param("name", "liechtenstein")
                        .param("version", "0")))
                .contains("Another actor is already called this: Liechtenstein");
        assertThat(status(post("/admin/actors/" + code)
                        .with(ADMIN)
                        .with(csrf())
                        .param("kind", "STATE")
                        .param("name", "RENAMED " + code)
                        .param("version", "0")))
                .isEqualTo(302);
    }

    @Test
    void an_alias_that_is_another_actors_name_or_alias_is_refused() throws Exception {
        String code = code();
        assertThat(status(create(code, "Aliased " + code, null))).isEqualTo(302);

        assertThat(refused(alias(code, "Austria"))).contains("This alias is the name of another actor: Austria (AUT)");
        assertThat(refused(alias(code, "EU-27 group")))
                .contains("Another actor already has this alias at some of these dates: EU27");
        assertThat(this.jdbc
                        .sql("select count(*) from actor_alias a join actor x on x.id = a.actor_id where x.code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_database_refuses_a_duplicate_name_or_iso_code_from_any_writer() {
        String code = code();
        assertThatThrownBy(() -> this.jdbc
                        .sql("insert into actor (code, kind, name) values (?, 'STATE', 'AUSTRIA')")
                        .param(code)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> this.jdbc
                        .sql("insert into actor (code, kind, name, iso2) values (?, 'STATE', ?, 'AT')")
                        .params(code, "Other " + code)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(actors(code)).isZero();
    }

    private MockHttpServletRequestBuilder create(String code, String name, String iso2) {
        MockHttpServletRequestBuilder request = post("/admin/actors")
                .with(ADMIN)
                .with(csrf())
                .param("code", code)
                .param("kind", "STATE")
                .param("name", name);
        return (iso2 != null) ? request.param("iso2", iso2) : request;
    }

    private MockHttpServletRequestBuilder alias(String code, String alias) {
        return post("/admin/actors/" + code + "/aliases")
                .with(ADMIN)
                .with(csrf())
                .param("alias", alias);
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long actors(String code) {
        return this.jdbc
                .sql("select count(*) from actor where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private static String code() {
        return "UNA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
