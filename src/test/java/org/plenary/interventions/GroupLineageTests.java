package org.plenary.interventions;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;
import org.plenary.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Group lineage for bloc consistency (#8): the demo's EU 27 was formed from the European Union on 12 March 2018, so
 * Hungary (in the EU that day, not in the EU 27) is flagged where its own position differs from the EU 27's, on the
 * group's page and on Hungary's, with both pieces of evidence and the day the group was formed. The demo positions
 * differ from 15 March (both held "strong separation" on 12 March; the EU 27 moved to "in between" on 15 March). The
 * lineage adds no statement to either page. Admins record the lineage on the group's admin page; a parent that is not
 * a group, the group itself, a missing day or a stale version are refused with a message.
 */
@PlenaryIntegrationTest
class GroupLineageTests {

    private static final RequestPostProcessor ADMIN = user("lineage-admin").roles("ADMIN");

    private static final String FLAG = "Hungary: not in the EU 27 position since 15 March 2018";

    private static final String LEFT_OUT =
            "Hungary was in the European Union when the EU 27 was formed from it on 12 March 2018, and is not in the EU 27.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hungary_is_flagged_out_of_the_eu_27_line_on_both_pages_with_both_pieces_of_evidence() throws Exception {
        for (String url : new String[] {"/groups/EU27?asOf=2018-03-15", "/actors/HUN?asOf=2018-03-15"}) {
            Document page = Jsoup.parse(read(url));
            var flag = page.select(".bloc-flag:has(.flag-lineage)");
            assertThat(flag).as(url).hasSize(1);
            assertThat(flag.select(".flag-line strong").text()).isEqualTo(FLAG);
            assertThat(flag.select(".flag-line .meta").text()).isEqualTo("Regular/irregular distinction");
            assertThat(flag.select(".flag-lineage").text()).isEqualTo(LEFT_OUT);
            assertThat(flag.select(".flag-evidence dt").eachText()).containsExactly("Hungary", "EU 27");
            assertThat(flag.select(".flag-evidence dd").get(0).text())
                    .startsWith("Strong separation")
                    .contains("12 March 2018");
            assertThat(flag.select(".flag-evidence dd").get(1).text())
                    .startsWith("In between")
                    .contains("15 March 2018");
        }
        // On 14 March both still held "strong separation": nothing to flag.
        assertThat(read("/groups/EU27?asOf=2018-03-14")).doesNotContain("Hungary: not in the EU 27 position");
        assertThat(read("/actors/HUN?asOf=2018-03-14")).doesNotContain("Hungary: not in the EU 27 position");
    }

    @Test
    void the_lineage_adds_no_statement_to_the_group_or_the_member_page() throws Exception {
        int groupWith = count("/groups/EU27?asOf=2018-03-15");
        int stateWith = count("/actors/HUN?asOf=2018-03-15");
        Long parent = this.jdbc
                .sql("select formed_from_id from actor where code = 'EU27'")
                .query(Long.class)
                .single();
        try {
            this.jdbc
                    .sql("update actor set formed_from_id = null, formed_on = null where code = 'EU27'")
                    .update();
            assertThat(read("/groups/EU27?asOf=2018-03-15")).doesNotContain(FLAG);
            assertThat(count("/groups/EU27?asOf=2018-03-15")).isEqualTo(groupWith);
            assertThat(count("/actors/HUN?asOf=2018-03-15")).isEqualTo(stateWith);
        } finally {
            this.jdbc
                    .sql("update actor set formed_from_id = ?, formed_on = date '2018-03-12' where code = 'EU27'")
                    .param(parent)
                    .update();
        }
        // the limits of DemoInterventionsTests and ActorPagesTests hold with the lineage
        assertThat(groupWith).isLessThanOrEqualTo(24);
        assertThat(stateWith).isLessThanOrEqualTo(24);
    }

    @Test
    void an_admin_records_the_lineage_and_bad_input_gets_a_field_message() throws Exception {
        String parent = code();
        String child = code();
        create(parent, "Old bloc " + parent);
        create(child, "New bloc " + child);
        Document form = Jsoup.parse(this.mvc
                .perform(get("/admin/groups/" + child).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#lineage").text()).isEqualTo("Formed from");
        long version = Long.parseLong(
                form.select("form[action$='/origin'] input[name=version]").val());

        assertThat(refused(origin(child, "AUT", "2018-03-12", version))).contains("Austria is not a group.");
        assertThat(refused(origin(child, child, "2018-03-12", version))).contains("A group is not formed from itself.");
        assertThat(refused(origin(child, parent, "", version))).contains("Give the day the group was formed.");
        assertThat(refused(origin(child, "NO-SUCH-" + parent, "2018-03-12", version)))
                .contains("There is no actor with this code.");
        assertThat(refused(origin(child, parent, "12/03/2018", version))).isNotEmpty();

        origin(child, parent, "2018-03-12", version).andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql("select p.code || ' ' || c.formed_on from actor c join actor p on p.id = c.formed_from_id"
                                + " where c.code = ?")
                        .param(child)
                        .query(String.class)
                        .single())
                .isEqualTo(parent + " 2018-03-12");

        String stale = origin(child, "", "", version)
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("Someone else changed this group meanwhile");
        origin(child, "", "", version + 1).andExpect(status().is3xxRedirection());
        assertThat(this.jdbc
                        .sql(
                                "select count(*) from actor where code = ? and formed_from_id is null and formed_on is null")
                        .param(child)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private ResultActions origin(String code, String parent, String on, long version) throws Exception {
        return this.mvc.perform(post("/admin/groups/" + code + "/origin")
                .with(ADMIN)
                .with(csrf())
                .param("formedFrom", parent)
                .param("formedOn", on)
                .param("version", Long.toString(version)));
    }

    private static String refused(ResultActions result) throws Exception {
        return result.andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void create(String code, String name) throws Exception {
        this.mvc
                .perform(post("/admin/actors")
                        .with(ADMIN)
                        .with(csrf())
                        .param("code", code)
                        .param("kind", "GROUP")
                        .param("name", name))
                .andExpect(status().is3xxRedirection());
    }

    private int count(String url) throws Exception {
        StatementCounter.reset();
        read(url);
        return StatementCounter.count();
    }

    private String read(String url) throws Exception {
        return this.mvc
                .perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String code() {
        return "TL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
