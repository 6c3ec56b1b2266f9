package org.plenary.process;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class CalendarPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void home_shows_each_process_on_its_timeline() throws Exception {
        this.mvc
                .perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Global Compact for Safe, Orderly and Regular Migration")))
                .andExpect(content().string(containsString("Intergovernmental negotiations")))
                .andExpect(content().string(containsString("class=\"bar round")))
                // The demo process ended in December 2018: the timeline says so.
                .andExpect(content().string(containsString("The process ended on 11 Dec 2018")));
    }

    @Test
    void the_calendar_lists_rounds_days_and_meetings_with_the_chatham_house_flag() throws Exception {
        String html = this.mvc
                .perform(get("/processes/gcm/calendar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Round 2",
                        "New York",
                        "Monday 12 March 2018",
                        "Thursday 15 March 2018",
                        "Morning session: vision and guiding principles",
                        "Stocktaking meeting",
                        "Puerto Vallarta");
        // Round 1 met on 20, 22 and 23 February: no 21 February.
        assertThat(html).contains("Tuesday 20 February 2018").doesNotContain("Wednesday 21 February 2018");
        assertThat(html).contains("Tables with governments").contains("badge chatham");
        assertThat(html.indexOf("Round 1")).isLessThan(html.indexOf("Round 2"));
    }

    @Test
    void the_calendar_and_home_run_a_fixed_number_of_statements() throws Exception {
        StatementCounter.reset();
        this.mvc.perform(get("/processes/gcm/calendar")).andExpect(status().isOk());
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(2);
        StatementCounter.reset();
        this.mvc.perform(get("/")).andExpect(status().isOk());
        assertThat(StatementCounter.count()).isLessThanOrEqualTo(3);
    }

    @Test
    void an_unknown_process_is_a_404_page_with_a_reference() throws Exception {
        this.mvc
                .perform(get("/processes/no-such-process"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no process &quot;no-such-process&quot;")))
                .andExpect(content().string(containsString("Reference:")))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
