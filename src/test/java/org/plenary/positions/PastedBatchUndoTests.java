package org.plenary.positions;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pasted list saved from the position form is one batch, and "Undo this batch" (offered with the flash) retracts
 * exactly the positions it recorded: not the stance an actor already held (the paste left it alone), not a position
 * retracted by hand since (not counted again). Audited; a second undo says so and changes nothing; never a 500.
 */
@PlenaryIntegrationTest
class PastedBatchUndoTests {

    static final LocalDate D12 = LocalDate.of(2018, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    PositionsFixture f;

    long issue;

    String url;

    @BeforeEach
    void setUp() {
        this.f = new PositionsFixture(this.jdbc);
        this.issue = this.f.issue("topic");
        this.url = "/processes/" + this.f.slug + "/issues/topic/positions/new";
    }

    @Test
    void undo_retracts_exactly_the_positions_the_batch_recorded() throws Exception {
        long held = this.f.position(this.issue, actor("JPN"), "yes", D12, null, "Earlier brief");
        long other = this.f.position(this.issue, actor("TCD"), "no", D12.minusDays(1), null, "Earlier brief");

        MvcResult saved = this.mvc
                .perform(paste("· Japan\n· Norway\n· Chad (late)\n· Mexico"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((Object[]) saved.getFlashMap().get("flashArguments")).containsExactly(3, 1);
        Long batch = (Long) saved.getFlashMap().get("undoBatch");
        assertThat(batch).isNotNull();
        assertThat(inBatch(batch)).containsExactlyInAnyOrder("MEX", "NOR", "TCD");

        // The page the save leads to offers "Undo this batch" with the flash: PastedBatchUndoBrowserTests clicks it.
        // One of the batch's positions is retracted by hand before the undo: it is not counted again.
        long mexico = this.jdbc
                .sql(
                        "select p.id from position p join actor a on a.id = p.actor_id where p.batch_id = ? and a.code = 'MEX'")
                .param(batch)
                .query(Long.class)
                .single();
        this.mvc
                .perform(post("/positions/" + mexico + "/retract")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());

        MvcResult undone =
                undo(batch, "c").andExpect(status().is3xxRedirection()).andReturn();
        assertThat(undone.getResponse().getRedirectedUrl())
                .isEqualTo("/processes/" + this.f.slug + "/issues/topic/lineup?asOf=2018-03-12");
        assertThat(undone.getFlashMap().get("flash")).isEqualTo("position.batch.undone");
        assertThat((Object[]) undone.getFlashMap().get("flashArguments")).containsExactly(2);
        assertThat(retracted()).containsExactlyInAnyOrder("MEX", "NOR", "TCD");
        assertThat(retractedIds()).doesNotContain(held, other);

        // Audited: the batch's undo and each retraction, under the coordinator.
        assertThat(audited("PositionBatch", java.util.List.of(batch))).isEqualTo(1);
        assertThat(audited("Position", batchPositions(batch))).isEqualTo(3);

        // A second undo: a clear message, nothing changed.
        long version = this.jdbc
                .sql("select version from position_batch where id = ?")
                .param(batch)
                .query(Long.class)
                .single();
        MvcResult again =
                undo(batch, "c").andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) again.getFlashMap().get("flashWarning")).contains("already undone");
        assertThat(again.getFlashMap().get("flash")).isNull();
        assertThat(this.jdbc
                        .sql("select version from position_batch where id = ?")
                        .param(batch)
                        .query(Long.class)
                        .single())
                .isEqualTo(version);
        assertThat(retracted()).containsExactlyInAnyOrder("MEX", "NOR", "TCD");

        assertThat(this.messages.getMessage("position.batch.undone", new Object[] {2}, Locale.ENGLISH))
                .isEqualTo("Undone: 2 positions of this batch retracted.");
        assertThat(this.messages.getMessage("position.batch.undone", new Object[] {0}, Locale.ENGLISH))
                .isEqualTo("Undone: no position of this batch was still in force.");
    }

    @Test
    void a_paste_that_records_nothing_offers_no_undo() throws Exception {
        this.f.position(this.issue, actor("JPN"), "yes", D12, null, "Earlier brief");
        MvcResult saved = this.mvc
                .perform(paste("· Japan"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((Object[]) saved.getFlashMap().get("flashArguments")).containsExactly(0, 1);
        assertThat(saved.getFlashMap().get("undoBatch")).isNull();
    }

    /** who | batch (own: the batch just saved) | expected status */
    @ParameterizedTest(name = "{0} undoes {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {"viewer|own|403", "anonymous|own|302", "analyst|own|403", "c|999999999|404", "c|abc|400"})
    void who_may_undo_and_what_an_unknown_batch_answers(String who, String batch, int expected) throws Exception {
        MvcResult saved = this.mvc.perform(paste("· Norway")).andReturn();
        String id = batch.equals("own") ? saved.getFlashMap().get("undoBatch").toString() : batch;
        MockHttpServletRequestBuilder request =
                post("/positions/batches/" + id + "/undo").with(csrf());
        request = switch (who) {
            case "anonymous" -> request.with(anonymous());
            case "viewer" -> request.with(user("v").roles("VIEWER"));
            case "analyst" -> request.with(user("a").roles("ANALYST"));
            default -> request.with(user(who).roles("COORDINATOR"));
        };
        this.mvc.perform(request).andExpect(status().is(expected));
        assertThat(retracted()).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions undo(Long batch, String who) throws Exception {
        return this.mvc.perform(post("/positions/batches/" + batch + "/undo")
                .with(user(who).roles("COORDINATOR"))
                .with(csrf()));
    }

    private MockHttpServletRequestBuilder paste(String names) {
        return post(this.url)
                .with(user("c").roles("COORDINATOR"))
                .with(csrf())
                .param("actorNames", names)
                .param("optionKey", "yes")
                .param("validFrom", D12.toString())
                .param("source", "Daily note");
    }

    private long actor(String code) {
        return this.jdbc
                .sql("select id from actor where code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private java.util.List<String> inBatch(Long batch) {
        return this.jdbc
                .sql("select a.code from position p join actor a on a.id = p.actor_id where p.batch_id = ?")
                .param(batch)
                .query(String.class)
                .list();
    }

    private java.util.List<String> retracted() {
        return this.jdbc
                .sql(
                        "select a.code from position p join actor a on a.id = p.actor_id where p.issue_id = ? and p.retracted")
                .param(this.issue)
                .query(String.class)
                .list();
    }

    private java.util.List<Long> retractedIds() {
        return this.jdbc
                .sql("select id from position where issue_id = ? and retracted")
                .param(this.issue)
                .query(Long.class)
                .list();
    }

    private long audited(String entity, java.util.List<Long> ids) {
        return this.jdbc
                .sql("""
						select count(*) from audit_entry e join audit_request r on r.id = e.request_id
						where e.entity_type = ? and e.action = 'UPDATE' and r.username = 'c'
						and e.entity_id = any(?)
						""")
                .params(entity, ids.stream().map(String::valueOf).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private java.util.List<Long> batchPositions(Long batch) {
        return this.jdbc
                .sql("select id from position where batch_id = ?")
                .param(batch)
                .query(Long.class)
                .list();
    }
}
