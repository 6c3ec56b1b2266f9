package org.plenary.positions;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages, CSV and API through MockMvc and the security filters: Chatham House exclusion, JSON errors, bulk entry
 * with unknown names, stale edits, and the number of SQL statements of the hot reads as the data doubles.
 */
@PlenaryIntegrationTest
class PositionPagesAndApiTests {

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PositionsFixture f;

    long issueId;

    String lineupUrl;

    @BeforeEach
    void setUp() {
        this.f = new PositionsFixture(this.jdbc);
        this.issueId = this.f.issue("topic");
        this.lineupUrl = "/processes/" + this.f.slug + "/issues/topic/lineup";
    }

    @Test
    void a_position_resting_only_on_a_chatham_house_meeting_is_hidden_from_anonymous_readers_api_and_csv()
            throws Exception {
        long secret = this.f.actor("SEC", "STATE", "WEOG");
        long open = this.f.actor("OPN", "STATE", "WEOG");
        long sourced = this.f.actor("SRC", "STATE", "WEOG");
        this.f.position(this.issueId, secret, "no", D12, this.f.chathamMeeting, null);
        this.f.position(this.issueId, open, "no", D12, this.f.openMeeting, null);
        this.f.position(this.issueId, sourced, "no", D12, this.f.chathamMeeting, "Published statement");
        String secretName = "Name SEC" + this.f.suffix;

        String anonymous = this.mvc
                .perform(get(this.lineupUrl).param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Anonymous: the secret state is among the unknown, not in a column with its evidence.
        assertThat(anonymous).contains("Name OPN" + this.f.suffix).contains("Name SRC" + this.f.suffix);
        assertThat(anonymous.substring(anonymous.indexOf("class=\"unknown\""))).contains(secretName);
        assertThat(anonymous).doesNotContain("Closed (");

        this.mvc
                .perform(get(this.lineupUrl)
                        .param("asOf", "2018-03-12")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Closed (")))
                .andExpect(content().string(containsString("Chatham House")));

        this.mvc
                .perform(get("/api/v1/processes/" + this.f.slug + "/issues/topic/lineup")
                        .param("asOf", "2018-03-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issue").value("topic"))
                .andExpect(jsonPath("$.asOf").value("2018-03-12"))
                .andExpect(jsonPath("$.columns[2].option.key").value("no"))
                .andExpect(jsonPath("$.columns[2].actors[?(@.code == '" + this.f.code("OPN") + "')].via")
                        .exists())
                .andExpect(jsonPath("$.columns[2].actors[?(@.code == '" + this.f.code("SEC") + "')]")
                        .isEmpty())
                .andExpect(jsonPath("$.unknown[?(@.code == '" + this.f.code("SEC") + "')].name")
                        .value(secretName));

        this.mvc
                .perform(get("/api/v1/actors/" + this.f.code("SEC") + "/positions")
                        .param("process", this.f.slug))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        this.mvc
                .perform(get("/api/v1/actors/" + this.f.code("OPN") + "/positions")
                        .param("process", this.f.slug))
                .andExpect(jsonPath("$[0].issue").value("topic"))
                .andExpect(jsonPath("$[0].option.key").value("no"))
                .andExpect(jsonPath("$[0].from").value("2018-03-12"))
                .andExpect(jsonPath("$[0].evidence").value(containsString("Open")));

        // The CSV export is public data even for a signed-in reader.
        this.mvc
                .perform(get("/processes/" + this.f.slug + "/matrix.csv")
                        .param("asOf", "2018-03-12")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString(this.f.code("OPN") + ",Name OPN" + this.f.suffix + ",WEOG,no")))
                .andExpect(
                        content().string(containsString(this.f.code("SEC") + ",Name SEC" + this.f.suffix + ",WEOG,,")));
    }

    @Test
    void the_api_answers_unknown_names_with_404_and_bad_dates_with_400_in_json() throws Exception {
        this.mvc
                .perform(get("/api/v1/processes/no-such-process/issues"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").value(containsString("no-such-process")));
        this.mvc
                .perform(get("/api/v1/processes/" + this.f.slug + "/issues/nope/lineup"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("nope")));
        this.mvc
                .perform(get("/api/v1/actors/ZZZZZZ/positions").param("process", this.f.slug))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").exists());
        this.mvc
                .perform(get("/api/v1/processes/" + this.f.slug + "/issues/topic/lineup")
                        .param("asOf", "12/03/2018"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.message").value(containsString("asOf")));
        this.mvc
                .perform(get("/api/v1/processes/" + this.f.slug + "/issues"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].slug").value("topic"))
                .andExpect(jsonPath("$[0].options[0].key").value("yes"))
                .andExpect(jsonPath("$[0].options[0].label").value("Yes"));
        this.mvc
                .perform(get("/api/v1/processes"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.slug == '" + this.f.slug + "')].name").exists());
    }

    @Test
    void bulk_entry_saves_nothing_until_every_name_resolves() throws Exception {
        this.f.actor("BLK", "STATE", "WEOG");
        String url = "/processes/" + this.f.slug + "/issues/topic/positions/new";
        this.mvc
                .perform(post(url)
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("actorNames", "Name BLK" + this.f.suffix + "\nAtlantis\n· France")
                        .param("optionKey", "yes")
                        .param("validFrom", "2018-03-12")
                        .param("source", "Daily note"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Atlantis")))
                .andExpect(content().string(containsString("not recognised")));
        assertThat(count()).isZero();

        this.mvc
                .perform(post(url)
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("actorNames", "Name BLK" + this.f.suffix + "\n· France; Luxemburg")
                        .param("optionKey", "yes")
                        .param("validFrom", "2018-03-12")
                        .param("source", "Daily note"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(3);

        this.mvc
                .perform(post(url)
                        .with(user("v").roles("VIEWER"))
                        .with(csrf())
                        .param("actorNames", "France")
                        .param("optionKey", "yes")
                        .param("validFrom", "2018-03-12")
                        .param("source", "x"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void an_edit_made_on_an_older_version_gets_the_conflict_page_with_the_input_kept() throws Exception {
        long state = this.f.actor("EDT", "STATE", "WEOG");
        long id = this.f.position(this.issueId, state, "yes", D12, null, "first note");
        this.mvc
                .perform(post("/positions/" + id + "/edit")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("optionKey", "maybe")
                        .param("validFrom", "2018-03-12")
                        .param("source", "corrected note")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        this.mvc
                .perform(post("/positions/" + id + "/edit")
                        .with(user("c2").roles("COORDINATOR"))
                        .with(csrf())
                        .param("optionKey", "no")
                        .param("validFrom", "2018-03-12")
                        .param("source", "my stale note")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("my stale note")))
                .andExpect(content().string(containsString("corrected note")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(this.jdbc
                        .sql("select source from position where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("corrected note");
        long audited = this.jdbc
                .sql(
                        "select count(*) from audit_entry where entity_type = 'Position' and entity_id = ? and action = 'UPDATE'")
                .param(String.valueOf(id))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);

        this.mvc
                .perform(post("/positions/" + id + "/retract")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isConflict());
        this.mvc
                .perform(post("/positions/" + id + "/retract")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select retracted from position where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void line_up_matrix_and_api_run_a_fixed_number_of_statements_as_the_data_doubles() throws Exception {
        long group = this.f.actor("CGR", "GROUP", null);
        seed(group, 0, 20);
        int[] small = counts();
        seed(group, 20, 40);
        int[] doubled = counts();
        assertThat(java.util.Arrays.stream(small).max().getAsInt())
                .as("statements per read")
                // 5 for the page, 1 for the data version behind its ETag (caching.PublicPageCaching)
                .isLessThanOrEqualTo(6);
        assertThat(doubled).containsExactly(small);
    }

    private void seed(long group, int from, int to) {
        for (int i = from; i < to; i++) {
            long actor = this.f.actor("C" + i, "STATE", "WEOG");
            this.f.member(group, actor, null, null);
            this.f.position(this.issueId, actor, (i % 2 == 0) ? "yes" : "no", D12.minusDays(1), null, "n");
            this.f.position(this.issueId, actor, "maybe", D12, (i % 3 == 0) ? this.f.chathamMeeting : null, "n");
        }
        this.f.position(this.issueId, group, "no", D12, null, "group");
    }

    private int[] counts() throws Exception {
        StatementCounter.reset();
        this.mvc
                .perform(get(this.lineupUrl).param("asOf", "2018-03-12").param("compareWith", "2018-03-11"))
                .andExpect(status().isOk());
        int lineup = StatementCounter.count();
        StatementCounter.reset();
        this.mvc
                .perform(get("/processes/" + this.f.slug + "/matrix")
                        .param("asOf", "2018-03-12")
                        .with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Exception"))));
        int matrix = StatementCounter.count();
        StatementCounter.reset();
        this.mvc
                .perform(get("/api/v1/processes/" + this.f.slug + "/issues/topic/lineup")
                        .param("asOf", "2018-03-12"))
                .andExpect(status().isOk());
        int api = StatementCounter.count();
        return new int[] {lineup, matrix, api};
    }

    private long count() {
        return this.jdbc
                .sql("select count(*) from position where issue_id = ?")
                .param(this.issueId)
                .query(Long.class)
                .single();
    }
}
