package org.plenary.feeds;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.notes.NotesFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feeds are Atom (Rome reads them back) and hold the public record only, whoever asks: a members' note, a
 * coordinators' note, a draft and a note on a Chatham House meeting are written beside the public ones and never show
 * in the process feed, the tag feed or the actor feed. The pages announce their feeds; bad names are 404s.
 */
@PlenaryIntegrationTest
class FeedsHoldOnlyThePublicRecordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A day of the round besides the fixture's 12 March, without meetings. */
    static final LocalDate D14 = LocalDate.of(2018, 3, 14);

    NotesFixture f;

    @BeforeEach
    void setUp() {
        this.f = new NotesFixture(this.jdbc, "feeds", "Feeds test");
        this.f.day(D14);
    }

    @Test
    void the_feeds_parse_as_atom_and_hold_no_restricted_item_for_any_reader() throws Exception {
        long open = this.f.note(
                this.mvc,
                NotesFixture.D12,
                "Open brief",
                "Austria spoke for the EU 27.",
                "labour, gender",
                "PUBLIC",
                "publish",
                this.f.openMeeting);
        long other = this.f.note(
                this.mvc, D14, "Second open brief", "Nothing about anyone.", "return", "PUBLIC", "publish", null);
        this.f.note(
                this.mvc,
                NotesFixture.D12,
                "Members brief",
                "Austria said more.",
                "labour",
                "MEMBERS",
                "publish",
                null);
        this.f.note(
                this.mvc,
                NotesFixture.D12,
                "Coordinators brief",
                "Austria, inner words.",
                "labour",
                "COORDINATORS",
                "publish",
                null);
        this.f.note(
                this.mvc, NotesFixture.D12, "Draft brief", "Austria, unfinished.", "labour", "PUBLIC", "draft", null);
        this.f.note(
                this.mvc,
                NotesFixture.D12,
                "Closed table brief",
                "Austria at the closed table.",
                "labour",
                "MEMBERS",
                "publish",
                this.f.chathamMeeting);
        // A public note on a Chatham House meeting cannot be written through the editor; should one exist (written
        // before the meeting came under the rule, and not yet demoted), the feed still leaves it out.
        long smuggled = this.f.id("""
				insert into note (process_id, note_date, meeting_id, title, author, body, excerpt, visibility, status,
				                  published_at)
				values (?, ?, ?, 'Smuggled brief', 'carol', 'Austria off the record.', 'Austria off the record.',
				        'PUBLIC', 'PUBLISHED', now()) returning id""", this.f.processId, NotesFixture.D12, this.f.chathamMeeting);
        long austria = this.jdbc
                .sql("select id from actor where code = 'AUT'")
                .query(Long.class)
                .single();
        this.jdbc
                .sql("insert into note_tag (note_id, tag) values (?, 'labour')")
                .param(smuggled)
                .update();
        this.jdbc
                .sql(
                        "insert into note_mention (note_id, actor_id, start_offset, end_offset, written) values (?, ?, 0, 7, 'Austria')")
                .params(smuggled, austria)
                .update();

        long luxembourg = this.jdbc
                .sql("select id from actor where code = 'LUX'")
                .query(Long.class)
                .single();
        for (Object[] said : new Object[][] {
            {this.f.openMeeting, "EU27", "Luxembourg for the EU 27 on returns."},
            {this.f.chathamMeeting, null, "Luxembourg behind closed doors."}
        }) {
            this.jdbc
                    .sql("""
					insert into intervention (process_id, spoken_on, meeting_id, actor_id, on_behalf_of_id, kind,
					                          summary, source, created_by)
					values (?, ?, ?, ?, (select id from actor where code = ?), 'STATEMENT', ?, 'Daily update', 'carol')
					""")
                    .params(this.f.processId, NotesFixture.D12, said[0], luxembourg, said[1], said[2])
                    .update();
        }
        List<String> restricted =
                List.of("Members brief", "Coordinators brief", "Draft brief", "Closed table brief", "Smuggled brief");
        for (RequestPostProcessor who :
                List.of(anonymous(), user("vera").roles("VIEWER"), user("carol").roles("COORDINATOR"))) {
            Feed process = feed("/processes/" + this.f.slug + "/feed.atom", who);
            assertThat(titles(process)).containsExactly("Second open brief", "Open brief");
            assertThat(process.getTitle()).isEqualTo("Feeds test " + this.f.suffix + ": public notes");
            Entry first = process.getEntries().get(1);
            assertThat(first.getId()).isEqualTo("http://localhost/notes/" + open);
            assertThat(((Link) first.getAlternateLinks().get(0)).getHref()).isEqualTo("http://localhost/notes/" + open);
            assertThat(first.getCategories()).extracting("term").containsExactly("gender", "labour");
            assertThat(first.getSummary().getValue()).contains("Austria spoke for the EU 27.");

            Feed tag = feed("/processes/" + this.f.slug + "/tags/labour/feed.atom", who);
            assertThat(titles(tag)).containsExactly("Open brief");
            Feed none = feed("/processes/" + this.f.slug + "/tags/nothing-here/feed.atom", who);
            assertThat(none.getEntries()).isEmpty();

            Feed actor = feed("/actors/AUT/feed.atom", who);
            assertThat(titles(actor)).contains("Open brief").doesNotContainAnyElementsOf(restricted);
            // Interventions (of Luxembourg: the actor pages' statement-count tests read Austria's and Brazil's pages).
            Feed speaker = feed("/actors/LUX/feed.atom", who);
            assertThat(titles(speaker)).contains("Luxembourg, for EU 27: statement");
            assertThat(summaries(speaker))
                    .contains("Luxembourg for the EU 27 on returns.")
                    .doesNotContain("Luxembourg behind closed doors.");
            assertThat(titles(feed("/actors/EU27/feed.atom", who))).contains("Luxembourg, for EU 27: statement");
            assertThat(titles(process)).doesNotContainAnyElementsOf(restricted);
            assertThat(titles(tag)).doesNotContainAnyElementsOf(restricted);
        }
        assertThat(other).isPositive();
    }

    @Test
    void a_feed_is_cacheable_like_the_public_pages_and_answers_a_revalidation_with_304() throws Exception {
        MvcResult first = this.mvc
                .perform(get("/processes/" + this.f.slug + "/feed.atom").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "public, no-cache"))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        this.mvc
                .perform(get("/processes/" + this.f.slug + "/feed.atom")
                        .with(anonymous())
                        .header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void pages_announce_their_feeds_in_the_head_and_show_a_link() throws Exception {
        String notes = page("/processes/" + this.f.slug + "/notes?tag=labour");
        assertThat(notes)
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/processes/" + this.f.slug
                        + "/tags/labour/feed.atom\"")
                .contains("href=\"/processes/" + this.f.slug + "/feed.atom\"")
                .contains("class=\"feed-links");
        assertThat(page("/processes/" + this.f.slug))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/processes/" + this.f.slug
                        + "/feed.atom\"");
        assertThat(page("/actors/AUT")).contains("href=\"/actors/AUT/feed.atom\"");
        assertThat(page("/groups/EU27")).contains("href=\"/actors/EU27/feed.atom\"");
    }

    @Test
    void an_unknown_process_or_actor_is_404_and_a_blank_tag_4xx_never_500() throws Exception {
        this.mvc.perform(get("/processes/no-such-process/feed.atom")).andExpect(status().isNotFound());
        this.mvc
                .perform(get("/processes/no-such-process/tags/labour/feed.atom"))
                .andExpect(status().isNotFound());
        this.mvc.perform(get("/actors/NOSUCH/feed.atom")).andExpect(status().isNotFound());
        this.mvc
                .perform(get("/processes/" + this.f.slug + "/tags/%20/feed.atom"))
                .andExpect(status().is4xxClientError());
        this.mvc
                .perform(get("/processes/" + this.f.slug + "/tags/" + "x".repeat(500) + "/feed.atom"))
                .andExpect(status().isOk());
    }

    private Feed feed(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = this.mvc
                .perform(get(url).with(who))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
                .andReturn();
        Feed feed = (Feed)
                new WireFeedInput().build(new StringReader(result.getResponse().getContentAsString()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    private static List<String> summaries(Feed feed) {
        return feed.getEntries().stream()
                .map((e) -> (e.getSummary() != null) ? e.getSummary().getValue() : "")
                .toList();
    }

    private static List<String> titles(Feed feed) {
        return feed.getEntries().stream().map(Entry::getTitle).toList();
    }

    private String page(String url) throws Exception {
        return this.mvc
                .perform(get(url).with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
