package org.plenary.actors;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Actors and aliases through the admin pages: bad codes and duplicates are refused with a field message; an alias
 * added here is what name resolution then recognises.
 */
@PlenaryIntegrationTest
class ActorAdminTests {

    private static final RequestPostProcessor ADMIN = user("actor-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NameResolver resolver;

    @Test
    void a_code_in_lowercase_or_already_taken_is_refused() throws Exception {
        assertThat(create("lower-case", "Lower")
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Use only uppercase letters, digits and single hyphens between them.");
        assertThat(create("AUT", "Another Austria")
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Another actor already has this code.");
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from actor where name in ('Lower', 'Another Austria')", Long.class))
                .isZero();
    }

    @Test
    void an_alias_is_added_once_and_then_resolves() throws Exception {
        String code = code();
        create(code, "Republic of Testland " + code).andExpect(status().is3xxRedirection());
        String alias = "Testy " + code.substring(3);
        this.mvc
                .perform(post("/admin/actors/" + code + "/aliases")
                        .with(ADMIN)
                        .with(csrf())
                        .param("alias", alias))
                .andExpect(status().is3xxRedirection());
        assertThat(this.resolver
                        .resolve(alias.toUpperCase(), LocalDate.of(2018, 3, 12))
                        .actor()
                        .code())
                .isEqualTo(code);

        String html = this.mvc
                .perform(post("/admin/actors/" + code + "/aliases")
                        .with(ADMIN)
                        .with(csrf())
                        .param("alias", " " + alias.toLowerCase() + "."))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("This actor already has this alias");
        assertThat(this.jdbc.queryForObject(
                        "select count(*) from actor_alias a join actor x on x.id = a.actor_id " + "where x.code = ?",
                        Long.class,
                        code))
                .isOne();
    }

    @Test
    void an_actor_is_edited_and_a_stale_edit_is_refused() throws Exception {
        String code = code();
        create(code, "Old name " + code).andExpect(status().is3xxRedirection());
        this.mvc.perform(get("/admin/actors/" + code).with(ADMIN)).andExpect(status().isOk());
        this.mvc
                .perform(post("/admin/actors/" + code)
                        .with(ADMIN)
                        .with(csrf())
                        .param("kind", "STATE")
                        .param("name", "New name " + code)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        this.mvc
                .perform(post("/admin/actors/" + code)
                        .with(ADMIN)
                        .with(csrf())
                        .param("kind", "STATE")
                        .param("name", "Stale name " + code)
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(this.jdbc.queryForObject("select name from actor where code = ?", String.class, code))
                .isEqualTo("New name " + code);
    }

    @Test
    void the_actor_admin_pages_render() throws Exception {
        for (String url : new String[] {
            "/admin/actors",
            "/admin/actors?q=eu",
            "/admin/actors/new",
            "/admin/actors/EU27",
            "/admin/groups/EU27",
            "/admin/actors/AUT"
        }) {
            this.mvc.perform(get(url).with(ADMIN)).andExpect(status().isOk());
        }
        long membership = this.jdbc.queryForObject(
                "select min(m.id) from group_membership m join actor g " + "on g.id = m.group_id where g.code = 'EU27'",
                Long.class);
        this.mvc
                .perform(get("/admin/groups/EU27/memberships/" + membership).with(ADMIN))
                .andExpect(status().isOk());
        this.mvc.perform(get("/admin/groups/AUT").with(ADMIN)).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions create(String code, String name) throws Exception {
        return this.mvc.perform(post("/admin/actors")
                .with(ADMIN)
                .with(csrf())
                .param("code", code)
                .param("kind", "STATE")
                .param("name", name));
    }

    private static String code() {
        return "TA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
