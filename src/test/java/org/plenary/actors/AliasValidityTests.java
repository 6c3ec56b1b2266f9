package org.plenary.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Aliases valid for a period (#7): from 12 March 2018 "EU" is the EU 27, before it the European Union (its code); an
 * alias counts only at the dates it holds for, both ends inclusive; the admin form takes the dates and refuses a period
 * that ends before it starts, or one that gives another actor's alias a second meaning at the same dates. Names that
 * are part of a few actors' names ("Korea", "Congo") come back ambiguous with their candidates, never resolved.
 */
@PlenaryIntegrationTest
class AliasValidityTests {

    private static final RequestPostProcessor ADMIN = user("alias-admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NameResolver resolver;

    @ParameterizedTest(name = "\"{0}\" on {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
			EU              | 2017-12-05 | EU
			EU              | 2018-03-10 | EU
			EU              | 2018-03-11 | EU
			EU              | 2018-03-12 | EU27
			EU              | 2018-03-13 | EU27
			EU              | 2018-12-10 | EU27
			eu              | 2018-03-13 | EU27
			European Union  | 2018-03-13 | EU
			EU 27           | 2018-03-13 | EU27
			EU-27 Group     | 2018-03-10 | EU27
			""")
    void the_demo_eu_means_the_27_from_12_march(String name, LocalDate date, String code) {
        Resolution resolution = this.resolver.resolve(name, date);
        assertThat(resolution.status()).isEqualTo(Resolution.Status.RESOLVED);
        assertThat(resolution.actor().code()).isEqualTo(code);
    }

    @Test
    void an_alias_holds_from_its_first_to_its_last_day() throws Exception {
        String before = code();
        String after = code();
        create(before, "Old bloc " + before);
        create(after, "New bloc " + after);
        String alias = "Bloc " + before.substring(3);
        addAlias(before, alias, "2018-01-01", "2018-03-11").andExpect(status().is3xxRedirection());
        addAlias(after, alias, "2018-03-12", "").andExpect(status().is3xxRedirection());

        record Row(String date, String code) {}
        List<Row> table = List.of(
                new Row("2017-12-31", null),
                new Row("2018-01-01", before),
                new Row("2018-03-11", before),
                new Row("2018-03-12", after),
                new Row("2030-01-01", after));
        for (Row row : table) {
            Resolution r = this.resolver.resolve(alias, LocalDate.parse(row.date()));
            if (row.code() == null) {
                assertThat(r.status()).as(row.toString()).isEqualTo(Resolution.Status.UNKNOWN);
            } else {
                assertThat(r.status()).as(row.toString()).isEqualTo(Resolution.Status.RESOLVED);
                assertThat(r.actor().code()).as(row.toString()).isEqualTo(row.code());
            }
        }
        assertThat(this.resolver.names().stream()
                        .filter((n) -> n.text().equals(alias))
                        .map((n) -> n.validFrom() + ".." + n.validTo()))
                .containsExactlyInAnyOrder("2018-01-01..2018-03-11", "2018-03-12..null");

        Document page = Jsoup.parse(this.mvc
                .perform(get("/admin/actors/" + before).with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#aliases + p + ul li").text()).contains(alias).contains("1 Jan 2018 – 11 Mar 2018");
        assertThat(page.select("input[type=date][name=validFrom]")).hasSize(1);
        assertThat(page.select("input[type=date][name=validTo]")).hasSize(1);
    }

    @Test
    void a_period_ending_before_it_starts_or_overlapping_another_actors_alias_is_refused() throws Exception {
        String first = code();
        String second = code();
        create(first, "First bloc " + first);
        create(second, "Second bloc " + second);
        String alias = "Group " + first.substring(3);

        Document backwards = Jsoup.parse(addAlias(first, alias, "2018-03-12", "2018-03-11")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(backwards.select("#validTo-error").text())
                .isEqualTo("The end of the period cannot be before its start.");
        assertThat(backwards.select("input[name=alias]").val()).isEqualTo(alias);
        assertThat(backwards.select("input[name=validFrom]").val()).isEqualTo("2018-03-12");

        addAlias(first, alias, "2018-03-01", "2018-03-31").andExpect(status().is3xxRedirection());
        String overlapping = addAlias(second, alias, "2018-03-31", "")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overlapping).contains("Another actor already has this alias at some of these dates: " + first);
        addAlias(second, alias, "2018-04-01", "").andExpect(status().is3xxRedirection());
        addAlias(second, "x", "not a date", "").andExpect(status().isBadRequest());

        assertThat(this.jdbc.queryForList(
                        "select x.code || ' ' || coalesce(a.valid_from::text, '-') || ' ' || coalesce(a.valid_to::text, '-')"
                                + " from actor_alias a join actor x on x.id = a.actor_id where a.normalized = ?"
                                + " order by a.valid_from",
                        String.class,
                        NameResolver.normalize(alias)))
                .containsExactly(first + " 2018-03-01 2018-03-31", second + " 2018-04-01 -");
    }

    @ParameterizedTest(name = "\"{0}\" may be {1}")
    @CsvSource(delimiter = '|', textBlock = """
			Korea    | PRK KOR
			Congo    | COD COG
			the Congo | COD COG
			""")
    void a_name_shared_by_a_few_actors_is_ambiguous_with_its_candidates(String name, String codes) {
        Resolution r = this.resolver.resolve(name, LocalDate.of(2018, 3, 13));
        assertThat(r.status()).isEqualTo(Resolution.Status.AMBIGUOUS);
        assertThat(r.actor()).isNull();
        assertThat(r.candidates()).extracting(ActorRef::code).containsExactlyInAnyOrder(codes.split(" "));
    }

    @Test
    void a_vague_word_or_an_unknown_name_is_unknown() {
        for (String name : List.of("Republic", "of", "Atlantis", "Kore")) {
            assertThat(this.resolver.resolve(name, LocalDate.of(2018, 3, 13)).status())
                    .as(name)
                    .isEqualTo(Resolution.Status.UNKNOWN);
        }
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

    private ResultActions addAlias(String code, String alias, String from, String to) throws Exception {
        return this.mvc.perform(post("/admin/actors/" + code + "/aliases")
                .with(ADMIN)
                .with(csrf())
                .param("alias", alias)
                .param("validFrom", from)
                .param("validTo", to));
    }

    private static String code() {
        return "TV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
