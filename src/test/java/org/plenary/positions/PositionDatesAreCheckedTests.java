package org.plenary.positions;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A position holds from a day of its process (1 Jan 1990 and 5 May 2031 are refused), and from the day of the
 * meeting it was heard at when a meeting is chosen; each refusal is a message at the date field, nothing saved.
 */
@PlenaryIntegrationTest
class PositionDatesAreCheckedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PositionsFixture f;

    long issue;

    long actor;

    @BeforeEach
    void fixture() {
        this.f = new PositionsFixture(this.jdbc);
        this.issue = this.f.issue("dates");
        this.actor = this.f.actor("DAT", "STATE", "WEOG");
    }

    @Test
    void a_date_before_or_after_the_process_is_refused_at_the_field() throws Exception {
        assertThat(refused(entry("1990-01-01"))).contains("The process starts on 1 Jan 2018");
        assertThat(refused(entry("2031-05-05"))).contains("The process ended on 31 Dec 2018");
        assertThat(count()).isZero();
    }

    @Test
    void a_date_other_than_the_meeting_day_is_refused() throws Exception {
        String html = refused(entry("2018-03-13").param("meetingId", String.valueOf(this.f.openMeeting)));
        assertThat(html).contains("The meeting &quot;Open&quot; was on 12 Mar 2018");
        assertThat(count()).isZero();
        this.mvc
                .perform(entry("2018-03-12").param("meetingId", String.valueOf(this.f.openMeeting)))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isOne();
    }

    @Test
    void a_correction_is_checked_the_same_way() throws Exception {
        long id = this.f.position(this.issue, this.actor, "yes", LocalDate.of(2018, 3, 12), null, "note");
        String html = refused(post("/positions/" + id + "/edit")
                .with(user("c").roles("COORDINATOR"))
                .with(csrf())
                .param("optionKey", "no")
                .param("validFrom", "1990-01-01")
                .param("source", "note")
                .param("version", "0"));
        assertThat(html).contains("The process starts on 1 Jan 2018");
    }

    private MockHttpServletRequestBuilder entry(String validFrom) {
        return post("/processes/" + this.f.slug + "/issues/dates/positions/new")
                .with(user("c").roles("COORDINATOR"))
                .with(csrf())
                .param("actorNames", "Name DAT" + this.f.suffix)
                .param("optionKey", "yes")
                .param("validFrom", validFrom)
                .param("source", "Daily note");
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        String html = this.mvc
                .perform(request)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The message sits at the date field.
        assertThat(html).containsPattern("(?s)id=\"validFrom\".*?class=\"field-error\"");
        return html;
    }

    private long count() {
        return this.jdbc
                .sql("select count(*) from position p join issue i on i.id = p.issue_id where i.process_id = ?")
                .param(this.f.processId)
                .query(Long.class)
                .single();
    }

    @Test
    void retracting_asks_for_confirmation() throws Exception {
        long id = this.f.position(this.issue, this.actor, "yes", LocalDate.of(2018, 3, 12), null, "note");
        String html = this.mvc
                .perform(get("/positions/" + id + "/edit").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .containsPattern("(?s)action=\"/positions/" + id
                        + "/retract\"[^>]*data-confirm=\"Retract the position of Name DAT" + this.f.suffix);
    }
}
