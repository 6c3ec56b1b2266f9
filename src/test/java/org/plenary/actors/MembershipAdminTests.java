package org.plenary.actors;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * Group memberships and spokespersons through the admin pages: added, ended, re-dated and removed; overlapping
 * periods, unknown members and backwards periods are refused with a field message and nothing saved.
 */
@PlenaryIntegrationTest
class MembershipAdminTests {

    private static final RequestPostProcessor ADMIN = user("group-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private String group;

    @BeforeEach
    void createGroup() throws Exception {
        this.group = "TG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        this.mvc
                .perform(post("/admin/actors")
                        .with(ADMIN)
                        .with(csrf())
                        .param("code", this.group)
                        .param("kind", "GROUP")
                        .param("name", "Test group " + this.group))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void a_membership_overlapping_one_of_the_same_pair_is_refused() throws Exception {
        addMember("AUT", "2018-01-01", "2018-06-30").andExpect(status().is3xxRedirection());
        String html = addMember("aut", "2018-06-01", "")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Already a member in that period.");
        assertThat(memberships()).isOne();
        addMember("AUT", "2018-07-01", "").andExpect(status().is3xxRedirection());
        assertThat(memberships()).isEqualTo(2);
    }

    @Test
    void an_unknown_member_or_a_backwards_period_is_refused() throws Exception {
        assertThat(addMember("ATLANTIS", "", "")
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is no actor with this code.");
        assertThat(addMember("AUT", "2018-06-01", "2018-01-01")
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("The end of the period cannot be before its start.");
        assertThat(addMember(this.group, "", "")
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("A group cannot be its own member.");
        assertThat(memberships()).isZero();
    }

    @Test
    void a_membership_is_ended_re_dated_and_removed() throws Exception {
        addMember("LUX", "2018-03-12", "").andExpect(status().is3xxRedirection());
        long id = this.jdbc.queryForObject(
                "select m.id from group_membership m join actor g on g.id = m.group_id " + "where g.code = ?",
                Long.class,
                this.group);
        this.mvc
                .perform(get("/admin/groups/" + this.group).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("Luxembourg"));

        this.mvc
                .perform(post("/admin/groups/" + this.group + "/memberships/" + id + "/end")
                        .with(ADMIN)
                        .with(csrf())
                        .param("on", "2018-03-01")
                        .param("version", "0"))
                .andExpect(status().isBadRequest());
        this.mvc
                .perform(post("/admin/groups/" + this.group + "/memberships/" + id + "/end")
                        .with(ADMIN)
                        .with(csrf())
                        .param("on", "2018-12-31")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc.queryForObject("select valid_to from group_membership where id = ?", String.class, id))
                .isEqualTo("2018-12-31");

        this.mvc
                .perform(post("/admin/groups/" + this.group + "/memberships/" + id)
                        .with(ADMIN)
                        .with(csrf())
                        .param("validFrom", "2018-01-01")
                        .param("validTo", "2018-12-31")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsString()).contains("class=\"conflict\""));
        this.mvc
                .perform(post("/admin/groups/" + this.group + "/memberships/" + id)
                        .with(ADMIN)
                        .with(csrf())
                        .param("validFrom", "2018-01-01")
                        .param("validTo", "2018-12-31")
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc.queryForObject("select valid_from from group_membership where id = ?", String.class, id))
                .isEqualTo("2018-01-01");

        this.mvc
                .perform(post("/admin/groups/" + this.group + "/memberships/" + id + "/delete")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(memberships()).isZero();
    }

    @Test
    void a_spokesperson_is_added_for_a_meeting_and_removed() throws Exception {
        long meeting = this.jdbc.queryForObject("select min(id) from meeting", Long.class);
        this.mvc
                .perform(post("/admin/groups/" + this.group + "/spokespersons")
                        .with(ADMIN)
                        .with(csrf())
                        .param("actor", "AUT")
                        .param("validFrom", "2018-03-12")
                        .param("meetingId", "999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("There is no meeting with this number."));
        this.mvc
                .perform(post("/admin/groups/" + this.group + "/spokespersons")
                        .with(ADMIN)
                        .with(csrf())
                        .param("actor", "AUT")
                        .param("validFrom", "2018-03-12")
                        .param("meetingId", String.valueOf(meeting)))
                .andExpect(status().is3xxRedirection());
        long id = this.jdbc.queryForObject(
                "select s.id from spokesperson s join actor g on g.id = s.group_id " + "where g.code = ?",
                Long.class,
                this.group);
        this.mvc
                .perform(post("/admin/groups/" + this.group + "/spokespersons/" + id + "/delete")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc.queryForObject("select count(*) from spokesperson where id = ?", Long.class, id))
                .isZero();
    }

    private org.springframework.test.web.servlet.ResultActions addMember(String member, String from, String to)
            throws Exception {
        return this.mvc.perform(post("/admin/groups/" + this.group + "/memberships")
                .with(ADMIN)
                .with(csrf())
                .param("member", member)
                .param("validFrom", from)
                .param("validTo", to));
    }

    private long memberships() {
        return this.jdbc.queryForObject(
                "select count(*) from group_membership m join actor g on g.id = m.group_id " + "where g.code = ?",
                Long.class,
                this.group);
    }
}
