package org.plenary.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar shows the days that had meetings and folds the others into one line per round; every day has an
 * anchor by its date, and a meeting cited as evidence links to its day there.
 */
@PlenaryIntegrationTest
class CalendarDaysTests {

    @Autowired
    MockMvc mvc;

    @Test
    void days_without_meetings_fold_into_one_line_per_round() throws Exception {
        String html = html("/processes/gcm/calendar");
        assertThat(html).doesNotContain("No meetings recorded for this day.");
        assertThat(html).contains("<details class=\"quiet-days\">").containsPattern("\\d+ days? without meetings");
        // A day with meetings is shown in full, under an anchor by its date.
        assertThat(html).contains("id=\"day-2018-03-12\"", "href=\"#day-2018-03-12\"");
        Matcher quiet = Pattern.compile("<details class=\"quiet-days\">(.*?)</details>", Pattern.DOTALL)
                .matcher(html);
        assertThat(quiet.find()).isTrue();
        assertThat(quiet.group(1)).doesNotContain("Monday 12 March 2018").containsPattern("id=\"day-\\d{4}-");
    }

    @Test
    void a_meeting_cited_in_the_lineup_links_to_its_day_in_the_calendar() throws Exception {
        String lineup = this.mvc
                .perform(get("/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15")
                        .with(user("reader").roles("VIEWER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(lineup).contains("href=\"/processes/gcm/calendar#day-2018-03-12\"");
        assertThat(html("/actors/BGD/positions?process=gcm")).containsPattern("href=\"/processes/gcm/calendar#day-");
    }

    private String html(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
