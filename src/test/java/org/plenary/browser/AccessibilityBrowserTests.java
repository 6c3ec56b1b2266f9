package org.plenary.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (the script from npm's axe-core 4.14.1, MPL 2.0, in src/test/resources/axe with its licence) checks the
 * main pages and forms in the browser, for an anonymous and a signed-in reader: no serious or critical violation.
 * Every violation found is printed with its impact, so the counts can be followed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AccessibilityBrowserTests {

    static final String AXE = axe();

    static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/login",
            "/processes/gcm",
            "/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15&compareWith=2018-03-12",
            "/processes/gcm/matrix?asOf=2018-03-15",
            "/processes/gcm/issues/regular-irregular/map?asOf=2018-03-15",
            "/actors?q=aus",
            "/actors/AUT?asOf=2018-03-16&compareWith=2018-03-13",
            "/groups/EU27?asOf=2018-03-13");

    @LocalServerPort
    int port;

    @Test
    void an_anonymous_reader_meets_no_serious_or_critical_violation() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            Map<String, List<String>> serious = new LinkedHashMap<>();
            for (String page : PUBLIC_PAGES) {
                check(browser, "anonymous " + page, page, serious);
            }
            assertThat(serious).isEmpty();
        }
    }

    @Test
    void a_signed_in_reader_and_the_main_forms_meet_no_serious_or_critical_violation() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            Map<String, List<String>> serious = new LinkedHashMap<>();
            browser.logIn("admin", "plenary-demo");
            for (String page : PUBLIC_PAGES) {
                if (!page.equals("/login")) {
                    check(browser, "signed in " + page, page, serious);
                }
            }
            check(browser, "signed in drafts", "/drafts/gcm", serious);
            String reader = browser.find("a[href*='/drafts/gcm/revisions/']").getAttribute("href");
            List<String> revisions = new ArrayList<>();
            browser.findAll("#from option").forEach((o) -> revisions.add(o.getAttribute("value")));
            revisions.removeIf(String::isBlank);
            check(browser, "signed in reader", reader.substring(reader.indexOf("/drafts/")), serious);
            check(
                    browser,
                    "signed in compare",
                    "/drafts/gcm/compare?from=" + revisions.get(0) + "&to=" + revisions.get(revisions.size() - 1),
                    serious);
            for (String form : List.of(
                    "/processes/gcm/issues/regular-irregular/positions/new",
                    "/processes/gcm/issues/regular-irregular/edit",
                    "/drafts/gcm/import",
                    "/admin")) {
                check(browser, "form " + form, form, serious);
            }
            assertThat(serious).isEmpty();
        }
    }

    /** Runs axe on a page; prints every violation, keeps the serious and critical ones. */
    static void check(Browser browser, String name, String path, Map<String, List<String>> serious) {
        browser.open(path);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']}).then((r) => done(r.violations.map((v) => ({
				  id: v.id, impact: v.impact, nodes: v.nodes.length,
				  targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}))));
				""");
        System.out.println("axe " + name + ": " + violations.size() + " violation(s)");
        for (Map<String, Object> v : violations) {
            String line = v.get("impact") + " " + v.get("id") + " x" + v.get("nodes") + " " + v.get("targets");
            System.out.println("  " + line);
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.computeIfAbsent(name, (k) -> new ArrayList<>()).add(line);
            }
        }
    }

    private static String axe() {
        try {
            return new ClassPathResource("axe/axe.min.js").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
