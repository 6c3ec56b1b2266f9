package org.plenary.actors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The actors search finds a state by the names the notes use: aliases, with or without accents. */
@PlenaryIntegrationTest
class ActorSearchTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aliases_find_their_state() throws Exception {
        assertThat(search("Turkey")).contains(">Türkiye<");
        assertThat(search("Luxemburg")).contains(">Luxembourg<");
        assertThat(search("Lichtenstein")).contains(">Liechtenstein<");
        assertThat(search("UAE")).contains(">United Arab Emirates<");
    }

    @Test
    void accents_and_punctuation_do_not_matter() throws Exception {
        assertThat(search("Cote d'Ivoire")).contains(">Ivory Coast<");
        assertThat(search("cote divoire")).contains(">Ivory Coast<");
        assertThat(search("turkiye")).contains(">Türkiye<");
        assertThat(search("Türkiye")).contains(">Türkiye<");
    }

    @Test
    void a_search_still_narrows_the_list() throws Exception {
        String turkey = search("Turkey");
        assertThat(turkey).doesNotContain(">Turkmenistan<", ">Austria<");
        assertThat(search("zzzz")).contains("No actor matches these filters.");
        assertThat(search("EU 27")).contains(">EU 27<");
    }

    private String search(String q) throws Exception {
        return this.mvc
                .perform(get("/actors").param("q", q))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
