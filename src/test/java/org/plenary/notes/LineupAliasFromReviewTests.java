package org.plenary.notes;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In the line-up review an admin adds a name that did not resolve as an alias of the actor picked for it, right there
 * (#7): the review comes back with the name resolved and the rest of the form kept; the alias is the actors module's
 * (so the next note resolves it too). Coordinators who are not admins cannot; a missing pick or a forged position is
 * refused with a message, never a 500.
 */
@PlenaryIntegrationTest
class LineupAliasFromReviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    NotesFixture f;

    String name;

    long note;

    @BeforeEach
    void setUp() throws Exception {
        this.f = new NotesFixture(this.jdbc);
        long issue = this.f.id(
                "insert into issue (process_id, slug, title) values (?, 'distinction', 'Distinction') returning id",
                this.f.processId);
        this.jdbc
                .sql(
                        "insert into stance_option (issue_id, option_key, label, colour, rank) values (?, 'rights', 'Human rights', '#2a7a3b', 0)")
                .param(issue)
                .update();
        // A name no actor goes by, unique to this test run (the aliases are shared by every test).
        this.name = "Nordic friends " + this.f.suffix;
        this.note = this.f.publish(
                this.mvc,
                "Day one",
                "Line up:\nHuman rights\n· Japan\n· " + this.name + " (firm)\n· Atlantis " + this.f.suffix + "\n",
                "PUBLIC",
                null);
    }

    @Test
    void an_admin_adds_the_name_as_an_alias_and_the_review_resolves_it() throws Exception {
        Document review = review("admin", "ADMIN");
        assertThat(review.select("mark").eachText()).contains(this.name);
        assertThat(review.select("button[name=alias]").eachAttr("value")).containsExactly("1-0", "2-0");

        MvcResult added = this.mvc
                .perform(post("/notes/" + this.note + "/lineup/alias")
                        .with(user("ada").roles("ADMIN"))
                        .with(csrf())
                        .param("issue", "distinction")
                        .param("stance0", "rights")
                        .param("remark-0", "kept remark")
                        .param("pick-1-0", "NOR")
                        .param("pick-2-0", "-")
                        .param("alias", "1-0"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String back = added.getResponse().getRedirectedUrl();
        assertThat(back).startsWith("/notes/" + this.note + "/lineup?").contains("issue=distinction");
        assertThat(back)
                .contains("remark-0=kept%20remark")
                .contains("pick-2-0=-")
                .doesNotContain("pick-1-0");
        assertThat(added.getFlashMap().get("flash")).isEqualTo("lineup.alias.added");
        assertThat(this.jdbc
                        .sql("select a.code from actor_alias l join actor a on a.id = l.actor_id where l.alias = ?")
                        .param(this.name)
                        .query(String.class)
                        .list())
                .containsExactly("NOR");

        Document again = Jsoup.parse(this.mvc
                .perform(get(java.net.URI.create(back)).with(user("ada").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select("mark").eachText()).doesNotContain(this.name).contains("Atlantis " + this.f.suffix);
        assertThat(again.select("tr:contains(" + this.name + ") a").eachText()).contains("Norway");
        assertThat(again.select("input[name=remark-0]").attr("value")).isEqualTo("kept remark");
    }

    @Test
    void coordinators_who_are_not_admins_may_not_and_bad_requests_are_refused_with_a_message() throws Exception {
        assertThat(review("carol", "COORDINATOR").select("button[name=alias]")).isEmpty();
        this.mvc
                .perform(post("/notes/" + this.note + "/lineup/alias")
                        .with(user("carol").roles("COORDINATOR"))
                        .with(csrf())
                        .param("issue", "distinction")
                        .param("pick-1-0", "NOR")
                        .param("alias", "1-0"))
                .andExpect(status().isForbidden());
        for (String pick : new String[] {"", "-", "NO-SUCH-ACTOR"}) {
            String page = this.mvc
                    .perform(post("/notes/" + this.note + "/lineup/alias")
                            .with(user("ada").roles("ADMIN"))
                            .with(csrf())
                            .param("issue", "distinction")
                            .param("pick-1-0", pick)
                            .param("alias", "1-0"))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(page).select(".error-summary").text())
                    .isEqualTo("Pick the actor that \"" + this.name + "\" stands for, then add it as an alias.");
        }
        for (String forged : new String[] {"0-0", "9-0", "1-5", "x", "1-0-0", "99999999999-1"}) {
            this.mvc
                    .perform(post("/notes/" + this.note + "/lineup/alias")
                            .with(user("ada").roles("ADMIN"))
                            .with(csrf())
                            .param("issue", "distinction")
                            .param("pick-" + forged, "NOR")
                            .param("alias", forged))
                    .andExpect(status().isBadRequest());
        }
        this.mvc
                .perform(post("/notes/" + this.note + "/lineup/alias")
                        .with(user("ada").roles("ADMIN"))
                        .with(csrf())
                        .param("issue", "no-such-issue")
                        .param("alias", "1-0"))
                .andExpect(status().isNotFound());
        assertThat(this.jdbc
                        .sql("select count(*) from actor_alias where alias = ?")
                        .param(this.name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Document review(String username, String role) throws Exception {
        return Jsoup.parse(this.mvc
                .perform(get("/notes/" + this.note + "/lineup")
                        .param("issue", "distinction")
                        .with(user(username).roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
