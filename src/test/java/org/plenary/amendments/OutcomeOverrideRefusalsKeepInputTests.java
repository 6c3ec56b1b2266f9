package org.plenary.amendments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An analyst's outcome set by hand that cannot be saved (a reason over the 500 characters its column holds, no reason,
 * an unknown outcome, someone else's override meanwhile) shows the proposal page again with a message and the
 * analyst's choice and reason kept: 400 (409 for the stale version), never a 500, and the saved outcome unchanged.
 * Before, a long reason was a 500, and the other refusals redirected with a flash message, losing what was typed.
 */
@PlenaryIntegrationTest
class OutcomeOverrideRefusalsKeepInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Long proposal;

    long version;

    @BeforeEach
    void aDemoProposalWithItsOutcome() {
        this.proposal = this.jdbc
                .sql("select o.amendment_id from amendment_outcome o join amendment a on a.id = o.amendment_id "
                        + "join process p on p.id = a.process_id where p.slug = 'gcm' and o.override_outcome is null "
                        + "order by o.amendment_id limit 1")
                .query(Long.class)
                .single();
        this.version = savedVersion();
    }

    @Test
    void a_reason_too_long_for_its_column_is_a_field_message() throws Exception {
        String reason = "Rev 1 moved it. ".repeat(40);
        String html = override("partial", reason, this.version)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("This is too long: at most 500 characters.").contains(reason.strip());
        assertThat(html).containsPattern("<option value=\"partial\" selected=\"selected\"");
        assertUnchanged();
    }

    @Test
    void an_outcome_without_a_reason_keeps_the_choice() throws Exception {
        String html = override("verbatim", "  ", this.version)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Say why the outcome is set by hand")
                .containsPattern("<option value=\"verbatim\" selected=\"selected\"");
        assertUnchanged();
    }

    @Test
    void an_unknown_outcome_is_a_field_message() throws Exception {
        String html = override("adopted-maybe", "because", this.version)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Unknown outcome.").contains("value=\"because\"");
        assertUnchanged();
    }

    @Test
    void a_stale_version_keeps_the_reason_and_offers_the_version_now_saved() throws Exception {
        // Another analyst's tab set the outcome first.
        override("not-adopted", "Rev 1 keeps the old words", this.version).andExpect(status().is3xxRedirection());
        long now = savedVersion();
        String html = override("partial", "Rev 1 took half of it", this.version)
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Someone changed this outcome meanwhile")
                .contains("value=\"Rev 1 took half of it\"")
                .containsPattern("<option value=\"partial\" selected=\"selected\"")
                .contains("name=\"version\" value=\"" + now + "\"");
        assertThat(this.jdbc
                        .sql("select override_reason from amendment_outcome where amendment_id = ?")
                        .param(this.proposal)
                        .query(String.class)
                        .single())
                .isEqualTo("Rev 1 keeps the old words");
        // Back as the demo had it, for the tests that count its outcomes.
        override("", "", now).andExpect(status().is3xxRedirection());
    }

    private ResultActions override(String outcome, String reason, long version) throws Exception {
        return this.mvc.perform(post("/drafts/gcm/amendments/" + this.proposal + "/outcome")
                .with(user("analyst").roles("ANALYST"))
                .with(csrf())
                .param("outcome", outcome)
                .param("reason", reason)
                .param("version", String.valueOf(version)));
    }

    private long savedVersion() {
        return this.jdbc
                .sql("select version from amendment_outcome where amendment_id = ?")
                .param(this.proposal)
                .query(Long.class)
                .single();
    }

    private void assertUnchanged() {
        assertThat(savedVersion()).isEqualTo(this.version);
    }
}
