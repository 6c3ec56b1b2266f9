package org.plenary.positions;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting that positions cite is not deleted, nor its day or round: deleting it used to set the positions' meeting
 * to null, and a position heard only under the Chatham House rule then showed on the public line-up.
 */
@PlenaryIntegrationTest
class CitedMeetingsAreNotDeletedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final RequestPostProcessor admin = user("admin").roles("ADMIN");

    PositionsFixture f;

    long roundId;

    long dayId;

    @BeforeEach
    void aChathamHouseOnlyPosition() {
        this.f = new PositionsFixture(this.jdbc);
        long issue = this.f.issue("topic");
        long state = this.f.actor("CHS", "STATE", "WEOG");
        this.f.position(issue, state, "no", LocalDate.of(2018, 3, 12), this.f.chathamMeeting, null);
        this.dayId = this.jdbc
                .sql("select round_day_id from meeting where id = ?")
                .param(this.f.chathamMeeting)
                .query(Long.class)
                .single();
        this.roundId = this.jdbc
                .sql("select round_id from round_day where id = ?")
                .param(this.dayId)
                .query(Long.class)
                .single();
    }

    @Test
    void the_meeting_its_day_and_its_round_are_refused_with_how_many_positions_cite_it() throws Exception {
        String admin = "/admin/processes/" + this.f.slug;
        this.mvc
                .perform(post(admin + "/meetings/" + this.f.chathamMeeting + "/delete")
                        .with(this.admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("1 position cite it as evidence")));
        this.mvc
                .perform(post(admin + "/rounds/" + this.roundId + "/days/" + this.dayId + "/delete")
                        .with(this.admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("1 position cite its meetings")));
        this.mvc
                .perform(post(admin + "/rounds/" + this.roundId + "/delete")
                        .with(this.admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("1 position cite its meetings")));

        assertThat(this.jdbc
                        .sql("select count(*) from position where meeting_id = ?")
                        .param(this.f.chathamMeeting)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void a_meeting_no_one_cites_is_deleted() throws Exception {
        this.mvc
                .perform(post("/admin/processes/" + this.f.slug + "/meetings/" + this.f.openMeeting + "/delete")
                        .with(this.admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select count(*) from meeting where id = ?")
                        .param(this.f.openMeeting)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_database_refuses_too_whoever_deletes() {
        assertThatThrownBy(() -> this.jdbc
                        .sql("delete from meeting where id = ?")
                        .param(this.f.chathamMeeting)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
