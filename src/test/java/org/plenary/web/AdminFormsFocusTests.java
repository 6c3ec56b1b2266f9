package org.plenary.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin forms, sent empty (with their hidden fields, as a browser sends them), each answer 400 with an error summary whose every link leads to the field it names (an
 * element with that id, a visible form control, marked invalid), and every field marked invalid is linked from it: what
 * {@code js/plenary.js} needs to put the focus on the first invalid field, and a keyboard or screen-reader user to reach
 * each one from the summary.
 */
@PlenaryIntegrationTest
class AdminFormsFocusTests {

    /** Each form's action, and the page that holds it (whose hidden fields, such as versions, are sent as a browser does). */
    static final java.util.Map<String, String> FORMS = java.util.Map.of(
            "/admin/accounts", "/admin/accounts/new",
            "/admin/actors", "/admin/actors/new",
            "/admin/actors/AUT/aliases", "/admin/actors/AUT",
            "/admin/groups/EU27/memberships", "/admin/groups/EU27",
            "/admin/groups/EU27/spokespersons", "/admin/groups/EU27",
            "/admin/processes", "/admin/processes/new",
            "/admin/processes/gcm/phases", "/admin/processes/gcm/phases/new",
            "/admin/processes/gcm/rounds", "/admin/processes/gcm/rounds/new",
            "/admin/processes/gcm/co-facilitators", "/admin/processes/gcm");

    @Autowired
    MockMvc mvc;

    @Test
    void every_error_summary_link_leads_to_its_invalid_field() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String form : new java.util.TreeSet<>(FORMS.keySet())) {
            Document holder = Jsoup.parse(this.mvc
                    .perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(FORMS.get(form))
                            .with(user("admin").roles("ADMIN")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            Element sent = holder.selectFirst("form[action=\"" + form + "\"]");
            if (sent == null) {
                problems.add(form + ": no such form on " + FORMS.get(form));
                continue;
            }
            var request = post(form).with(user("admin").roles("ADMIN")).with(csrf());
            for (Element hidden : sent.select("input[type=hidden]:not([name=_csrf])")) {
                request = request.param(hidden.attr("name"), hidden.attr("value"));
            }
            var response = this.mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() != 400) {
                problems.add(form + ": answered " + response.getStatus() + " to an empty form");
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString());
            Element summary = page.selectFirst(".error-summary");
            if (summary == null) {
                problems.add(form + ": no error summary");
                continue;
            }
            List<String> linked = new ArrayList<>();
            for (Element link : summary.select("a[href^=#]")) {
                String id = link.attr("href").substring(1);
                linked.add(id);
                Element field = page.getElementById(id);
                if (field == null) {
                    problems.add(form + ": the summary links #" + id + ", which is not on the page");
                } else if (!field.is("input:not([type=hidden]), select, textarea")) {
                    problems.add(form + ": #" + id + " is a " + field.tagName() + ", not a form field");
                } else if (!"true".equals(field.attr("aria-invalid")) && field.closest(".field.invalid") == null) {
                    problems.add(form + ": #" + id + " is not marked invalid");
                }
            }
            for (Element invalid : page.select(
                    "[aria-invalid=true], .field.invalid input:not([type=hidden]), .field.invalid select, .field.invalid textarea")) {
                if (!linked.contains(invalid.id())) {
                    problems.add(form + ": the invalid field #" + invalid.id() + " is not linked from the summary");
                }
            }
            if (linked.isEmpty() && summary.select("li span").isEmpty()) {
                problems.add(form + ": an empty error summary");
            }
        }
        assertThat(problems).isEmpty();
    }
}
