package org.plenary.amendments;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;
import org.plenary.drafts.DraftFixtures;
import org.plenary.drafts.RevisionImport;
import org.plenary.drafts.RevisionRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The note page offers coordinators and analysts the wording its prose proposes: who said it, the paragraphs of the
 * revision current on the note's date holding the words (one pre-selected, several to choose from, none said so with a
 * link to the reader), and a "Record proposal" link pre-filled with the kind, the words, the proposer and the note; a
 * wording already proposed there links to its proposal instead. "Propose a change citing this note" opens that
 * revision's reader with the note carried to the form. Viewers, anonymous readers and draft notes get none of it, and
 * the page's statements do not grow with the note.
 */
@PlenaryIntegrationTest
class NoteProposalSuggestionsTests {

    static final LocalDate MARCH_14 = LocalDate.of(2018, 3, 14);

    static final String BODY = """
            # Day 3

            - Austria, on behalf of the EU 27, said “fundamental human rights” should read “human rights and fundamental freedoms”.
            - Bangladesh proposed replacing "is lawful" by "should be based on lawful measures".
            - Norway asked to delete "words no paragraph holds".
            - Canada stressed a gender-responsive approach.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    RevisionImport importer;

    @Autowired
    JdbcClient jdbc;

    String slug;

    List<RevisionRow> revisions;

    Long meeting;

    @BeforeEach
    void setUp() {
        this.slug = DraftFixtures.newProcess(this.jdbc);
        this.revisions = AmendmentFixtures.importFirstTwo(this.importer, this.slug);
        Long process = id("select id from process where slug = ?", this.slug);
        this.jdbc
                .sql("update process set starts_on = ?, ends_on = ? where id = ?")
                .params(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), process)
                .update();
        Long round = id(
                "insert into round (process_id, name, starts_on, ends_on) values (?, 'Round 2', ?, ?) returning id",
                process,
                LocalDate.of(2018, 3, 12),
                LocalDate.of(2018, 3, 15));
        Long day = id("insert into round_day (round_id, day) values (?, ?) returning id", round, MARCH_14);
        this.meeting = id(
                "insert into meeting (round_day_id, title, kind, starts_at) values (?, 'Morning plenary', 'PLENARY',"
                        + " '10:00') returning id",
                day);
    }

    @Test
    void each_wording_gets_its_speaker_its_paragraphs_and_a_prefilled_link() throws Exception {
        long note = note("Round 2, day 3", BODY, MARCH_14, "publish");
        Document page = html(get("/notes/" + note).with(coordinator()));
        List<Element> items = page.select("#proposal-suggestions li.proposal-suggestion");
        assertThat(items).hasSize(3);

        Element eu = items.get(0);
        assertThat(eu.select(".who").text()).isEqualTo("Austria on behalf of EU 27");
        assertThat(eu.select(".change").text())
                .isEqualTo("Replace “fundamental human rights” with “human rights and fundamental freedoms”");
        assertThat(eu.select("ul.places li > a:first-child"))
                .extracting((a) -> a.text().substring(0, 13))
                .containsExactly("2. This draft", "3. Refugees a", "(b) Protect t");
        MultiValueMap<String, String> params = query(eu.select("a.button").attr("href"));
        assertThat(params.get("node")).containsExactlyElementsOf(ids(paragraphs("fundamental human rights")));
        assertThat(params.getFirst("kind")).isEqualTo("replace");
        assertThat(params.getFirst("target")).isEqualTo("fundamental human rights");
        assertThat(params.getFirst("words")).isEqualTo("human rights and fundamental freedoms");
        assertThat(params.getFirst("speaker")).isEqualTo("Austria");
        assertThat(params.getFirst("onBehalfOf")).isEqualTo("EU 27");
        assertThat(params.getFirst("note")).isEqualTo(String.valueOf(note));

        Element bangladesh = items.get(1);
        assertThat(bangladesh.select(".who").text()).isEqualTo("Bangladesh");
        assertThat(query(bangladesh.select("a.button").attr("href")).get("node"))
                .containsExactlyElementsOf(ids(paragraphs("is lawful")));

        Element nowhere = items.get(2);
        assertThat(nowhere.select(".places.none").text())
                .startsWith("No paragraph of Zero Draft Plus holds “words no paragraph holds”.");
        assertThat(nowhere.select(".places.none a").attr("href"))
                .isEqualTo("/drafts/" + this.slug + "/revisions/"
                        + this.revisions.get(1).id() + "?note=" + note);
        assertThat(nowhere.select("a.button")).isEmpty();

        // The link opens the form: the three paragraphs to choose from, the rest pre-filled.
        String href = eu.select("a.button").attr("href");
        Document form = html(get(java.net.URI.create(href)).with(user("ann").roles("ANALYST")));
        assertThat(form.select("input[type=radio][name=nodeId]")).hasSize(3);
        assertThat(form.select("input[type=radio][name=nodeId][checked]")).isEmpty();
        assertThat(form.select("textarea[name=target]").text()).isEqualTo("fundamental human rights");
        assertThat(form.select("textarea[name=words]").text()).isEqualTo("human rights and fundamental freedoms");
        assertThat(form.select("input[name=speaker]").val()).isEqualTo("Austria");
        assertThat(form.select("input[name=onBehalfOf]").val()).isEqualTo("EU 27");
        assertThat(form.select("select[name=noteId] option[selected]").val()).isEqualTo(String.valueOf(note));
        assertThat(form.select("input[name=statedOn]").val()).isEqualTo("2018-03-14");

        // Saved without choosing: a field message, the input kept.
        String body = this.mvc
                .perform(submit(form, null))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document again = Jsoup.parse(body);
        assertThat(again.select(".field-error").text()).contains("Choose the paragraph");
        assertThat(again.select("input[type=radio][name=nodeId]")).hasSize(3);
        assertThat(again.select("input[name=speaker]").val()).isEqualTo("Austria");

        // Recorded on paragraph 2: the suggestion now links to it there and offers the two others.
        Long paragraph2 = paragraphs("fundamental human rights").get(0);
        String location = this.mvc
                .perform(submit(form, paragraph2))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(html(get(location).with(coordinator()))
                        .select("a.cited-note")
                        .attr("href"))
                .isEqualTo("/notes/" + note);
        Element after = html(get("/notes/" + note).with(coordinator()))
                .select("#proposal-suggestions li.proposal-suggestion")
                .get(0);
        assertThat(after.select("a.recorded-proposal").attr("href")).isEqualTo(location);
        assertThat(query(after.select("a.button").attr("href")).get("node"))
                .containsExactlyElementsOf(
                        ids(paragraphs("fundamental human rights").subList(1, 3)));
    }

    @Test
    void a_wording_recorded_everywhere_says_so_instead_of_offering_a_duplicate() throws Exception {
        long note = note(
                "Day 3",
                "- Bangladesh proposed replacing \"is lawful\" by \"should be based on lawful measures\".",
                MARCH_14,
                "publish");
        Long paragraph = paragraphs("is lawful").get(0);
        this.mvc
                .perform(post("/drafts/" + this.slug + "/amendments/new")
                        .with(coordinator())
                        .with(csrf())
                        .param("nodeId", paragraph.toString())
                        .param("kind", "replace")
                        .param("target", "Is lawful.")
                        .param("words", "should be based on lawful measures")
                        .param("speaker", "Norway")
                        .param("statedOn", "2018-03-13")
                        .param("source", "Elsewhere"))
                .andExpect(status().is3xxRedirection());
        Element item = html(get("/notes/" + note).with(coordinator()))
                .selectFirst("#proposal-suggestions li.proposal-suggestion");
        assertThat(item.select("a.button")).isEmpty();
        assertThat(item.select(".recorded").text()).isEqualTo("Recorded on every paragraph that holds the words.");
        assertThat(item.select("a.recorded-proposal")).hasSize(1);
    }

    @Test
    void propose_a_change_citing_this_note_opens_the_reader_of_the_revision_current_that_day() throws Exception {
        long note = note("Round 2, day 3", BODY, MARCH_14, "publish");
        Document page = html(get("/notes/" + note).with(user("ann").roles("ANALYST")));
        String reader = page.select("a.propose-from-note").attr("href");
        assertThat(reader)
                .isEqualTo("/drafts/" + this.slug + "/revisions/"
                        + this.revisions.get(1).id() + "?note=" + note);
        Document text = html(get(reader).with(user("ann").roles("ANALYST")));
        assertThat(text.select(".draft-text").attr("data-propose"))
                .isEqualTo("/drafts/" + this.slug + "/amendments/new?note=" + note);
        assertThat(text.select(".proposing-from-note").text()).contains("Round 2, day 3");

        // A note dated before the first revision: no reader to open, and the suggestions say why.
        long early = note("Before any draft", BODY, LocalDate.of(2018, 1, 10), "publish");
        Document before = html(get("/notes/" + early).with(coordinator()));
        assertThat(before.select("a.propose-from-note")).isEmpty();
        assertThat(before.select("#proposal-suggestions").text())
                .contains("No revision of the text was issued on or before 10 January 2018");

        // A note the reader may not cite is not carried.
        long secret = note("Coordinators only", BODY, MARCH_14, "publish", "COORDINATORS");
        Document other = html(get("/drafts/" + this.slug + "/revisions/"
                        + this.revisions.get(1).id())
                .param("note", String.valueOf(secret))
                .with(user("ann").roles("ANALYST")));
        assertThat(other.select(".draft-text").attr("data-propose"))
                .isEqualTo("/drafts/" + this.slug + "/amendments/new");
        assertThat(other.select(".proposing-from-note")).isEmpty();
    }

    @Test
    void viewers_anonymous_readers_and_drafts_get_none_of_it() throws Exception {
        long note = note("Round 2, day 3", BODY, MARCH_14, "publish", "PUBLIC");
        for (RequestPostProcessor reader : List.of(anonymous(), user("vera").roles("VIEWER"))) {
            Document page = html(get("/notes/" + note).with(reader));
            assertThat(page.select("#proposal-suggestions")).isEmpty();
            assertThat(page.select("a.propose-from-note")).isEmpty();
        }
        long draft = note("Draft", BODY, MARCH_14, "save");
        Document page = html(get("/notes/" + draft).with(coordinator()));
        assertThat(page.select("#proposal-suggestions")).isEmpty();
        assertThat(page.select("a.propose-from-note")).isEmpty();
    }

    @Test
    void the_note_page_runs_the_same_statements_with_the_note_doubled() throws Exception {
        long one = note("One", BODY, MARCH_14, "publish");
        long two = note("Two", BODY + "\n" + BODY.replace("# Day 3", "# Again"), MARCH_14, "publish");
        html(get("/notes/" + one).with(coordinator()));
        StatementCounter.reset();
        html(get("/notes/" + one).with(coordinator()));
        int single = StatementCounter.count();
        StatementCounter.reset();
        Document doubled = html(get("/notes/" + two).with(coordinator()));
        int twice = StatementCounter.count();
        assertThat(doubled.select("#proposal-suggestions li.proposal-suggestion"))
                .hasSize(6);
        assertThat(twice).isEqualTo(single);
    }

    private MockHttpServletRequestBuilder submit(Document form, Long node) {
        MockHttpServletRequestBuilder post = post(form.select("form[action$=/amendments/new]")
                        .attr("action"))
                .with(coordinator())
                .with(csrf());
        for (Element field : form.select("form[action$=/amendments/new] input, form[action$=/amendments/new] textarea,"
                + " form[action$=/amendments/new] select")) {
            String name = field.attr("name");
            if (name.isEmpty() || name.equals("_csrf") || field.attr("type").equals("radio")) {
                continue;
            }
            String value = field.tagName().equals("textarea")
                    ? field.text()
                    : field.tagName().equals("select")
                            ? field.select("option[selected]").val()
                            : field.val();
            post.param(name, value);
        }
        if (node != null) {
            post.param("nodeId", node.toString());
        }
        return post;
    }

    private static List<String> ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private List<Long> paragraphs(String words) {
        return this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like ? order by position")
                .params(this.revisions.get(1).id(), "%" + words + "%")
                .query(Long.class)
                .list();
    }

    /** The link's query, decoded. */
    private static MultiValueMap<String, String> query(String href) {
        MultiValueMap<String, String> decoded = new org.springframework.util.LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUriString(href)
                .build(true)
                .getQueryParams()
                .forEach((name, values) -> values.forEach(
                        (v) -> decoded.add(name, org.springframework.web.util.UriUtils.decode(v, "UTF-8"))));
        return decoded;
    }

    private static RequestPostProcessor coordinator() {
        return user("carol").roles("COORDINATOR");
    }

    private long note(String title, String body, LocalDate date, String action) throws Exception {
        return note(title, body, date, action, "MEMBERS");
    }

    /** A note written through the editor by the coordinator carol. */
    private long note(String title, String body, LocalDate date, String action, String visibility) throws Exception {
        MockHttpServletRequestBuilder request = post("/processes/" + this.slug + "/notes/new")
                .with(user("carol").roles("COORDINATOR"))
                .with(csrf())
                .param("date", date.toString())
                .param("title", title)
                .param("organisation", "WIMN")
                .param("body", body)
                .param("visibility", visibility)
                .param("action", action);
        if (date.equals(MARCH_14)) {
            request.param("meetingId", this.meeting.toString());
        }
        String location = this.mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/notes/")) {
            throw new AssertionError("The note was not saved: " + location);
        }
        return Long.parseLong(location.substring("/notes/".length()));
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Long id(String sql, Object... params) {
        return this.jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
