package org.plenary.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator reads the demo brief of 15 March and finds the interventions its prose suggests (#8): dismisses one
 * (it stays dismissed after a reload, in this browser only, and comes back on "Show them again") and follows "Record"
 * to the interventions form with the fields in the link. A viewer sees no suggestion. Looked at on a laptop (1366 px)
 * and a phone (390 px, no sideways scrolling), with a listener for CSP violations (none allowed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SuggestionsBrowserTests {

    private static final String WATCH = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));";

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_dismisses_and_records_suggestions_and_a_viewer_sees_none() {
        String noteUrl;
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("coordinator", "plenary-demo");
            browser.open("/processes/gcm/notes?day=2018-03-15");
            browser.clickAndWait(".note-card h2 a");
            noteUrl = browser.url().substring(browser.url().indexOf("/notes/"));
            assertThat(browser.findAll("#suggestions li.suggestion")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(browser.text("#suggestions li.suggestion .who")).startsWith("Philippines");
            assertThat(browser.text("#suggestions li.suggestion:nth-child(2) .who"))
                    .isEqualTo("Comoros on behalf of African Group");
            browser.screenshot("suggestions-note-1366");

            browser.find("#suggestions li.suggestion button.dismiss").click();
            assertThat(visible(browser, "#suggestions li.suggestion:nth-child(1)"))
                    .isFalse();
            assertThat(browser.text("#suggestions .dismissed-note")).contains("1 dismissed");
            browser.screenshot("suggestions-dismissed-1366");
            browser.open(noteUrl);
            assertThat(visible(browser, "#suggestions li.suggestion:nth-child(1)"))
                    .isFalse();
            browser.find("#suggestions button.restore").click();
            assertThat(visible(browser, "#suggestions li.suggestion:nth-child(1)"))
                    .isTrue();
            assertThat(visible(browser, "#suggestions .dismissed-note")).isFalse();

            String record = browser.find("#suggestions li.suggestion:nth-child(2) a.button")
                    .getAttribute("href");
            assertThat(record)
                    .contains("/processes/gcm/interventions/new?note=" + noteUrl.substring("/notes/".length()))
                    .contains("date=2018-03-15")
                    .contains("actor=COM")
                    .contains("onBehalfOf=AFRICAN-GROUP")
                    .contains("quote=Comoros%20spoke%20for%20the%20African%20Group.");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("coordinator", "plenary-demo");
            phone.open(noteUrl);
            assertThat(phone.findAll("#suggestions li.suggestion")).hasSizeGreaterThanOrEqualTo(2);
            Object overflow = ((JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
            assertThat(overflow).as("the note page scrolls sideways").isEqualTo(false);
            ((JavascriptExecutor) phone.driver())
                    .executeScript("document.getElementById('suggestions').scrollIntoView();");
            phone.screenshot("suggestions-note-390");
            assertInert(phone);
        }
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("viewer", "plenary-demo");
            browser.open(noteUrl);
            assertThat(browser.text("main")).contains("Comoros spoke for the African Group");
            assertThat(browser.findAll("#suggestions")).isEmpty();
            assertInert(browser);
        }
    }

    private static boolean visible(Browser browser, String css) {
        return browser.find(css).isDisplayed();
    }

    private static void watch(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    private static void assertInert(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return window.__violations.length;")).isEqualTo(0L);
    }
}
