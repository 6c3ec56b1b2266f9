package org.plenary.notes;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The note page offers coordinators the interventions its prose suggests (#8), each with a "Record" link that opens
 * the interventions form pre-filled (note, date, meeting, speaker, group, the sentence as quote) and a "Dismiss"
 * button (client-side: nothing is saved); viewers and anonymous readers see none of it, nor does the print view.
 */
@PlenaryIntegrationTest
class NoteSuggestionsPageTests {

    static final String BODY = """
            # Morning

            Austria, on behalf of the EU 27, said the text must keep "regular & irregular" {apart}, supported by Norway.
            Canada stressed a gender-responsive approach.

            · The African Group, represented by Comoros, asked for a fund.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    NotesFixture f;

    @BeforeEach
    void setUp() {
        this.f = new NotesFixture(this.jdbc);
    }

    @Test
    void coordinators_see_the_suggestions_with_a_prefilled_record_link() throws Exception {
        long id = this.f.publish(this.mvc, "Day two", BODY, "PUBLIC", this.f.openMeeting);
        Document page = page("/notes/" + id, user("olga").roles("COORDINATOR"));
        List<Element> items = page.select("#suggestions li.suggestion");
        assertThat(items).hasSize(2);
        Element austria = items.get(0);
        assertThat(austria.select(".who").text()).isEqualTo("Austria on behalf of EU 27");
        assertThat(austria.select(".support").text()).isEqualTo("Supported by Norway");
        assertThat(austria.select("blockquote.sentence").text()).startsWith("Austria, on behalf of the EU 27, said");
        assertThat(austria.select("button.dismiss").hasAttr("hidden")).isTrue();

        UriComponents record = UriComponentsBuilder.fromUriString(
                        austria.select("a.button").attr("href"))
                .build();
        assertThat(record.getPath()).isEqualTo("/processes/" + this.f.slug + "/interventions/new");
        var params = UriComponentsBuilder.fromUriString(
                        austria.select("a.button").attr("href"))
                .build(true)
                .getQueryParams();
        assertThat(decode(params.getFirst("note"))).isEqualTo(String.valueOf(id));
        assertThat(decode(params.getFirst("actor"))).isEqualTo("AUT");
        assertThat(decode(params.getFirst("onBehalfOf"))).isEqualTo("EU27");
        assertThat(decode(params.getFirst("date"))).isEqualTo("2018-03-12");
        assertThat(decode(params.getFirst("meeting"))).isEqualTo(String.valueOf(this.f.openMeeting));
        assertThat(decode(params.getFirst("quote")))
                .isEqualTo("Austria, on behalf of the EU 27, said the text must keep \"regular & irregular\" "
                        + "{apart}, supported by Norway.");

        Element comoros = items.get(1);
        assertThat(comoros.select(".who").text()).isEqualTo("Comoros on behalf of African Group");
        assertThat(page.select("script[src*=note-suggestions]")).hasSize(1);
    }

    @Test
    void viewers_anonymous_readers_and_the_print_view_see_no_suggestion() throws Exception {
        long id = this.f.publish(this.mvc, "Day two", BODY, "PUBLIC", null);
        for (RequestPostProcessor reader : List.of(anonymous(), user("vera").roles("VIEWER"))) {
            Document page = page("/notes/" + id, reader);
            assertThat(page.select(".note-body").text()).contains("Austria, on behalf of the EU 27");
            assertThat(page.select("#suggestions")).isEmpty();
            assertThat(page.select("script[src*=note-suggestions]")).isEmpty();
        }
        assertThat(page("/notes/" + id + "/print", user("olga").roles("COORDINATOR"))
                        .select("#suggestions"))
                .isEmpty();
        long plain = this.f.publish(this.mvc, "Quiet day", "Canada stressed gender.", "PUBLIC", null);
        assertThat(page("/notes/" + plain, user("olga").roles("COORDINATOR")).select("#suggestions"))
                .isEmpty();
    }

    @Test
    void suggestions_cost_the_coordinator_no_statement_per_suggestion() throws Exception {
        long small = this.f.publish(this.mvc, "One", BODY, "PUBLIC", null);
        long large = this.f.publish(this.mvc, "Four", BODY.repeat(4), "PUBLIC", null);
        page("/notes/" + small, user("olga").roles("COORDINATOR"));
        StatementCounter.reset();
        page("/notes/" + small, user("olga").roles("COORDINATOR"));
        int one = StatementCounter.count();
        StatementCounter.reset();
        Document four = page("/notes/" + large, user("olga").roles("COORDINATOR"));
        int more = StatementCounter.count();
        assertThat(four.select("#suggestions li.suggestion")).hasSize(8);
        assertThat(more).isEqualTo(one);
    }

    private Document page(String url, RequestPostProcessor reader) throws Exception {
        String html = this.mvc
                .perform(get(url).with(reader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
