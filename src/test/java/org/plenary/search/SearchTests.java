package org.plenary.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page on real PostgreSQL: ranking (a title hit above a body hit), words without accents, phrases, -minus,
 * a query of only stop words, hostile input (SQL metacharacters, HTML, a very long query, a NUL byte), filters,
 * paging, the actor offered first, a fixed number of SQL statements, and the header's box on every page.
 */
@PlenaryIntegrationTest
class SearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SearchFixture f;

    String w;

    @BeforeEach
    void setUp() {
        this.f = new SearchFixture(this.jdbc);
        this.w = this.f.word;
    }

    @Test
    void a_title_hit_ranks_above_a_body_hit() throws Exception {
        this.f.note("Morning brief", ("Delegates discussed " + this.w + " at length. ").repeat(12));
        this.f.note("The " + this.w + " exchange", "Delegates discussed other matters.");
        String page = search(this.w, anonymous());
        assertThat(page).contains("2 results");
        assertThat(page.indexOf("exchange")).isPositive().isLessThan(page.indexOf("Morning brief"));
        assertThat(page).contains("<mark>" + this.w + "</mark>");
    }

    @Test
    void a_snippet_comes_from_where_the_words_are_in_a_long_note() throws Exception {
        String filler = "Delegates read the text paragraph by paragraph. ".repeat(120);
        this.f.note("Long day", filler + "Late in the day Türkiye spoke of " + this.w + " policies.\n\n" + filler);
        this.f.note("The " + this.w + " brief", "Opening words of the brief.\n\n" + filler);
        String page = search("Turkiye " + this.w + " policy", anonymous(), "kind", "NOTE");
        assertThat(page).contains("<mark>Türkiye</mark> spoke of <mark>" + this.w + "</mark> <mark>policies</mark>");
        // A hit in the title only: the snippet is the note's opening.
        assertThat(search(this.w, anonymous())).contains("Opening words of the brief");
    }

    @Test
    void words_are_found_without_their_accents_and_in_any_form() throws Exception {
        this.f.note("Statements", "Türkiye spoke on " + this.w + " and the detention of children.");
        assertThat(search("Turkiye " + this.w, anonymous())).contains("1 result");
        assertThat(search("TÜRKIYE " + this.w, anonymous())).contains("1 result");
        assertThat(search("detentions children " + this.w, anonymous())).contains("1 result");
        assertThat(search("Türkiye " + this.w, anonymous())).contains("<mark>Türkiye</mark>");
    }

    @Test
    void a_phrase_must_appear_as_written_and_a_minus_word_leaves_out() throws Exception {
        this.f.note("Phrase one", "Child detention was raised; " + this.w + ".");
        this.f.note("Phrase two", "Detention of a child was raised; " + this.w + ". Firewalls too.");
        assertThat(search("\"child detention\" " + this.w, anonymous()))
                .contains("Phrase one")
                .doesNotContain("Phrase two");
        assertThat(search(this.w + " -firewall", anonymous()))
                .contains("Phrase one")
                .doesNotContain("Phrase two");
        assertThat(search(this.w + " firewalls or nothing", anonymous())).contains("Phrase two");
        assertThat(search("child detention " + this.w, anonymous())).contains("2 results");
    }

    @Test
    void a_query_of_only_stop_words_is_an_empty_result_with_a_message() throws Exception {
        String page = search("the and of", anonymous());
        assertThat(page).contains("only very common words").doesNotContain("class=\"search-hit");
    }

    @Test
    void hostile_input_never_fails_and_never_becomes_markup() throws Exception {
        this.f.note("<img src=x onerror=alert(1)> " + this.w, "<script>alert(2)</script> " + this.w + " & more");
        String[] queries = {
            "'; drop table note; --",
            "\\",
            "\"",
            "\"\"\"",
            "a & b | !c",
            "(((",
            ")",
            ":*",
            "x:*",
            "*",
            "%",
            "_",
            "-",
            "--",
            "- -",
            "or",
            "OR OR",
            "\"or\"",
            "<script>alert(3)</script>",
            "\u0001\u0002",
            "\uD83D\uDE00",
            this.w + ":*",
            this.w + "'",
            "'" + this.w,
            "!" + this.w,
            "$$",
            "\\x00",
            "\u202E" + this.w
        };
        for (String q : queries) {
            String page = search(q, anonymous());
            assertThat(page).as(q).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        String page = search(this.w, anonymous());
        assertThat(page).contains("1 result").doesNotContain("<img").doesNotContain("<script>alert");
    }

    @Test
    void a_very_long_query_is_cut_with_a_message_and_a_nul_byte_is_refused() throws Exception {
        this.f.note("Long", "Words " + this.w);
        String page = search(this.w + " " + "firewall ".repeat(2000), anonymous());
        assertThat(page).contains("Only the first 200 characters");
        this.mvc.perform(get("/search").param("q", "fire\u0000wall")).andExpect(status().isBadRequest());
        this.mvc
                .perform(get("/search").param("q", "x").param("from", "yesterday"))
                .andExpect(status().isBadRequest());
        this.mvc.perform(get("/search").param("q", "x").param("kind", "NOPE")).andExpect(status().isBadRequest());
        this.mvc.perform(get("/search").param("q", "x").param("page", "-1")).andExpect(status().isBadRequest());
        this.mvc.perform(get("/search").param("q", "x").param("round", "1e99")).andExpect(status().isBadRequest());
    }

    @Test
    void each_reader_finds_only_what_they_may_read() throws Exception {
        this.f.note("Open " + this.w, "Public words.", "PUBLIC", "PUBLISHED", "carol", SearchFixture.D12, null);
        this.f.note("Members " + this.w, "Members words.", "MEMBERS", "PUBLISHED", "carol", SearchFixture.D12, null);
        this.f.note(
                "Inner " + this.w,
                "Coordinators words.",
                "COORDINATORS",
                "PUBLISHED",
                "carol",
                SearchFixture.D12,
                null);
        this.f.note("Unfinished " + this.w, "Draft words.", "PUBLIC", "DRAFT", "carol", SearchFixture.D12, null);
        this.f.note(
                "Closed " + this.w,
                "Chatham words.",
                "MEMBERS",
                "PUBLISHED",
                "carol",
                SearchFixture.D12,
                this.f.chathamMeeting);
        this.f.position("NOR", "Heard behind closed doors " + this.w, null, this.f.chathamMeeting, null);
        this.f.position("MEX", "Said in the open " + this.w, null, this.f.openMeeting, null);
        this.f.position("CHE", "Written down " + this.w, null, this.f.chathamMeeting, "Daily update");
        this.f.paragraph("13", "Rev 1", "PUBLISHED", 1, "Published paragraph " + this.w);
        this.f.paragraph("14", "Rev 2", "DRAFT", 2, "Confidential paragraph " + this.w);

        String[] all = {
            "Open",
            "Members",
            "Inner",
            "Unfinished",
            "Closed",
            "Norway",
            "Mexico",
            "Switzerland",
            "Published paragraph",
            "Confidential paragraph"
        };
        expect(search(this.w, anonymous()), all, true, false, false, false, false, false, true, true, true, false);
        expect(
                search(this.w, user("vera").roles("VIEWER")),
                all,
                true,
                true,
                false,
                false,
                true,
                true,
                true,
                true,
                true,
                true);
        expect(
                search(this.w, user("olga").roles("COORDINATOR")),
                all,
                true,
                true,
                true,
                false,
                true,
                true,
                true,
                true,
                true,
                true);
        expect(
                search(this.w, user("carol").roles("COORDINATOR")),
                all,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true,
                true);
        assertThat(search(this.w, anonymous())).contains("4 results");
    }

    @Test
    void filters_narrow_by_kind_date_round_tag_and_actor() throws Exception {
        long tagged = this.f.note("Tagged " + this.w, "Norway said it.");
        this.f.tag(tagged, "labour");
        this.f.mention(tagged, "NOR");
        this.f.note(
                "Later " + this.w,
                "Nothing more.",
                "PUBLIC",
                "PUBLISHED",
                "carol",
                SearchFixture.D12.plusMonths(2),
                null);
        this.f.position("NOR", "Norway on " + this.w, null, this.f.openMeeting, null);
        this.f.paragraph("13", "Rev 1", "PUBLISHED", 1, "Paragraph " + this.w);
        this.f.intervention("AUT", "NOR", "Austria for Norway on " + this.w, "We agree.", this.f.openMeeting);

        assertThat(search(this.w, anonymous())).contains("5 results");
        assertThat(search(this.w, anonymous(), "kind", "INTERVENTION"))
                .contains("1 result")
                .contains("Austria, for Norway")
                .contains("href=\"/processes/" + this.f.slug + "/interventions/");
        assertThat(search(this.w, anonymous(), "kind", "NOTE"))
                .contains("2 results")
                .doesNotContain("Paragraph");
        assertThat(search(this.w, anonymous(), "kind", "NOTE", "kind", "PARAGRAPH"))
                .contains("3 results");
        assertThat(search(this.w, anonymous(), "to", "2018-03-31"))
                .contains("4 results")
                .doesNotContain("Later");
        assertThat(search(this.w, anonymous(), "from", "2018-04-01"))
                .contains("1 result")
                .contains("Later");
        // The paragraph's revision was issued during the round.
        assertThat(search(this.w, anonymous(), "round", Long.toString(this.f.roundId)))
                .contains("4 results")
                .doesNotContain("Later");
        assertThat(search(this.w, anonymous(), "tag", "Labour"))
                .contains("1 result")
                .contains("Tagged");
        assertThat(search(this.w, anonymous(), "actor", "nor"))
                .contains("3 results")
                .contains("Tagged");
    }

    @Test
    void amendment_proposals_are_found_without_naming_whom_the_reader_may_not_know() throws Exception {
        long published = this.f.paragraph("13", "Rev 1", "PUBLISHED", 1, "Published text.");
        long draft = this.f.paragraph("14", "Rev 2", "DRAFT", 2, "Draft text.");
        long open = this.f.amendment(published, "detention", "alternatives to " + this.w, "Open reasons");
        this.f.stand(open, "MEX", "PROPONENT", this.f.openMeeting, null);
        long closed = this.f.amendment(published, "firewalls", "cooperation " + this.w, "Closed reasons");
        this.f.stand(closed, "HUN", "PROPONENT", this.f.chathamMeeting, null);
        long unpublished = this.f.amendment(draft, "shall", "should " + this.w, "Draft reasons");
        this.f.stand(unpublished, "AUT", "PROPONENT", null, "Daily update");

        String anonymous = search(this.w, anonymous(), "kind", "AMENDMENT");
        assertThat(anonymous).contains("2 results");
        assertThat(hits(anonymous))
                .contains("Mexico")
                .contains("Open reasons")
                .contains("Closed reasons")
                .contains("Amendment proposal")
                .doesNotContain("Hungary")
                .doesNotContain("Draft reasons")
                .contains("href=\"/drafts/" + this.f.slug + "/paragraphs/");
        assertThat(hits(search(this.w, anonymous(), "actor", "Hungary"))).isEmpty();

        String viewer = search(this.w, user("vera").roles("VIEWER"), "kind", "AMENDMENT");
        assertThat(viewer).contains("3 results");
        assertThat(hits(viewer)).contains("Hungary").contains("Austria").contains("Draft reasons");
        assertThat(hits(search(this.w, user("vera").roles("VIEWER"), "actor", "hungary")))
                .contains("Closed reasons")
                .doesNotContain("Open reasons");
    }

    @Test
    void the_process_filter_keeps_one_process_and_the_actor_filter_takes_names() throws Exception {
        SearchFixture other = new SearchFixture(this.jdbc);
        this.f.note("Here " + this.w, "Norway spoke.");
        other.note("Elsewhere " + this.w, "Norway spoke too.");
        long mentioned = this.f.note("Named " + this.w, "The Kingdom of Norway.");
        this.f.mention(mentioned, "NOR");

        assertThat(search(this.w, anonymous())).contains("3 results");
        String one = search(this.w, anonymous(), "process", this.f.slug);
        assertThat(one).contains("2 results").contains("value=\"" + this.f.slug + "\" selected=\"selected\"");
        assertThat(hits(one)).contains("Here").doesNotContain("Elsewhere");
        assertThat(search(this.w, anonymous(), "process", this.f.slug, "page", "0"))
                .contains("2 results");
        this.mvc
                .perform(get("/search").param("q", this.w).param("process", "no-such-process"))
                .andExpect(status().isBadRequest());

        for (String typed : new String[] {"Norway", "norway", "NOR", " the norway "}) {
            assertThat(hits(search(this.w, anonymous(), "actor", typed)))
                    .as(typed)
                    .contains("Named")
                    .doesNotContain("Here");
        }
        assertThat(search(this.w, anonymous()))
                .contains("<datalist id=\"search-actors\">")
                .contains(">NOR</option>");
        String unknown = this.mvc
                .perform(get("/search").param("q", this.w).param("actor", "Narnia <b>"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unknown)
                .contains("No actor is called &quot;Narnia &lt;b&gt;&quot;")
                .doesNotContain("<b>");
    }

    @Test
    void results_come_in_pages() throws Exception {
        for (int i = 0; i < 23; i++) {
            this.f.note("Note " + i + " " + this.w, "Body.");
        }
        String first = search(this.w, anonymous());
        assertThat(first).contains("23 results").contains("Page 1 of 2").contains("page=1");
        String second = search(this.w, anonymous(), "page", "1");
        assertThat(second).contains("Page 2 of 2");
        assertThat(second.split("class=\"search-hit").length - 1).isEqualTo(3);
        assertThat(search(this.w, anonymous(), "page", "7")).contains("Nothing you may read matches");
    }

    @Test
    void an_actor_named_by_the_search_is_offered_first() throws Exception {
        assertThat(search("Norway", anonymous()))
                .contains("href=\"/actors/NOR\"")
                .contains("Go to the page of Norway");
        assertThat(search("the holy see", anonymous())).contains("Go to the page of Holy See");
    }

    @Test
    void the_search_page_runs_two_statements_whatever_it_finds() throws Exception {
        for (int i = 0; i < 5; i++) {
            this.f.note("Note " + i + " " + this.w, "Body " + this.w);
            this.f.position("NOR", "Quote " + this.w, null, null, "Brief");
            this.f.paragraph("1" + i, "Rev " + i, "PUBLISHED", i, "Text " + this.w);
            this.f.intervention("AUT", "EU27", "Summary " + this.w, "Quote " + this.w, this.f.chathamMeeting);
            long proposal = this.f.amendment(
                    this.f.paragraph("2" + i, "Amended " + i, "PUBLISHED", 10 + i, "Text."),
                    "Text",
                    this.w,
                    "Why " + i);
            this.f.stand(proposal, "MEX", "PROPONENT", this.f.chathamMeeting, null);
        }
        for (RequestPostProcessor who :
                new RequestPostProcessor[] {anonymous(), user("carol").roles("COORDINATOR")}) {
            search(this.w, who);
            StatementCounter.reset();
            search(this.w, who);
            assertThat(StatementCounter.count()).isEqualTo(2);
        }
    }

    @Test
    void every_page_has_the_search_box_in_its_header() throws Exception {
        for (String url : new String[] {"/", "/actors", "/search", "/login"}) {
            String page = this.mvc
                    .perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(url).contains("id=\"site-search\"").contains("action=\"/search\"");
            assertThat(page).as(url).containsPattern("src=\"/js/search[^\"]*\\.js\"");
        }
    }

    private static void expect(String page, String[] labels, boolean... sees) {
        String hits = hits(page);
        for (int i = 0; i < labels.length; i++) {
            assertThat(hits.contains(labels[i])).as(labels[i]).isEqualTo(sees[i]);
        }
    }

    /** The list of results of a page (the actor field's completion names every actor elsewhere on it). */
    private static String hits(String page) {
        int start = page.indexOf("<ol class=\"search-results\"");
        return (start < 0) ? "" : page.substring(start, page.indexOf("</ol>", start));
    }

    private String search(String q, RequestPostProcessor who, String... params) throws Exception {
        MockHttpServletRequestBuilder request = get("/search").param("q", q).with(who);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return this.mvc
                .perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
