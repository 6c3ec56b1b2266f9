package org.plenary.actors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A one-meeting spokesperson is chosen from the meetings of the processes, by process, round, day and title (a
 * select), not by an internal number; the list names the meeting.
 */
@PlenaryIntegrationTest
class SpokespersonMeetingChoiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_meeting_is_a_select_of_the_meetings_by_process() throws Exception {
        String html = page();
        assertThat(html)
                .containsPattern("<select [^>]*id=\"meetingId\"")
                .contains("<optgroup label=\"Global Compact for Safe, Orderly and Regular Migration\">")
                .contains("Round 2, 12 Mar 2018: Morning session: vision and guiding principles")
                .doesNotContain("type=\"number\"");
    }

    @Test
    void a_spokesperson_for_one_meeting_is_listed_with_the_meeting_named() throws Exception {
        Long meeting = this.jdbc.queryForObject(
                "select min(m.id) from meeting m where m.title = 'Morning session: vision and guiding principles'",
                Long.class);
        this.mvc
                .perform(post("/admin/groups/FRIENDS-DLDD/spokespersons")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("actor", "MEX")
                        .param("validFrom", "2018-03-12")
                        .param("meetingId", String.valueOf(meeting)))
                .andExpect(status().is3xxRedirection());
        try {
            String html = this.mvc
                    .perform(
                            get("/admin/groups/FRIENDS-DLDD").with(user("admin").roles("ADMIN")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html)
                    .contains("Morning session: vision and guiding principles, 12 Mar 2018")
                    .doesNotContain("meeting " + meeting);
        } finally {
            this.jdbc.update(
                    "delete from spokesperson where meeting_id = ? and group_id = (select id from actor where code = 'FRIENDS-DLDD')",
                    meeting);
        }
    }

    private String page() throws Exception {
        return this.mvc
                .perform(get("/admin/groups/EU27").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
