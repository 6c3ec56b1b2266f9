package org.plenary.actors;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Other modules add sections to actor and group pages through {@link ActorPageSection} beans: each is asked with the
 * page's actor and date, shown in its order, escaped, and left out when it has nothing to show.
 */
@PlenaryIntegrationTest
@Import(ActorPageSectionsTests.Probes.class)
class ActorPageSectionsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void sections_are_shown_in_their_order_with_the_page_date() throws Exception {
        String austria = html("/actors/AUT?asOf=2018-03-13");
        assertThat(austria).contains("first AUT 2018-03-13", "second AUT");
        assertThat(austria.indexOf("first AUT")).isLessThan(austria.indexOf("second AUT"));
        assertThat(austria).contains("&lt;b&gt;escaped&lt;/b&gt;").doesNotContain("<b>escaped</b>");
    }

    @Test
    void a_section_with_nothing_to_show_for_a_group_is_left_out() throws Exception {
        String group = html("/groups/EU27?asOf=2018-03-13");
        assertThat(group).contains("first EU27 2018-03-13").doesNotContain("second EU27");
    }

    private String html(String path) throws Exception {
        return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @TestConfiguration
    static class Probes {

        @Bean
        ActorPageSection second() {
            return (actor, request) -> actor.kind() == ActorKind.GROUP
                    ? Optional.empty()
                    : Optional.of(new ActorPageSection.Section(
                            20, "test/section", "probe", "second " + actor.code() + " <b>escaped</b>"));
        }

        @Bean
        ActorPageSection first() {
            return (actor, request) -> Optional.of(new ActorPageSection.Section(
                    10, "test/section", "probe", "first " + actor.code() + " " + request.asOf()));
        }
    }
}
