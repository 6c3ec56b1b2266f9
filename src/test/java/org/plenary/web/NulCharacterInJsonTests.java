package org.plenary.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL character (U+0000) escaped inside a JSON body is refused at the edge with a 400 naming the field, as it is in
 * parameters and form fields: for the diff API, the amendment outcome API, and any text of any JSON body (nested in a
 * list too). The same text without it is answered as usual.
 */
@PlenaryIntegrationTest
class NulCharacterInJsonTests {

    @Autowired
    MockMvc mvc;

    @Test
    void the_diff_api_refuses_a_nul_character_with_a_message() throws Exception {
        send("/api/v1/diff", "{\"from\":\"Migrants\\u0000 enjoy rights.\",\"to\":\"Migrants enjoy rights.\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.message").value(containsString("The value of \"from\" contains a NUL character")));
        send("/api/v1/diff", "{\"from\":\"Migrants enjoy rights.\",\"to\":\"Migrants enjoy rights.\"}")
                .andExpect(status().isOk());
    }

    @Test
    void the_amendment_outcome_api_refuses_it_too() throws Exception {
        send(
                        "/api/v1/amendments/outcome",
                        "{\"kind\":\"delete\",\"paragraph\":\"2. Migrants enjoy rights.\",\"old\":\"rights\\u0000\"}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.message").value(containsString("The value of \"old\" contains a NUL character")));
    }

    private org.springframework.test.web.servlet.ResultActions send(String url, String json) throws Exception {
        return this.mvc.perform(post(url)
                .with(httpBasic("analyst", "plenary-demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
