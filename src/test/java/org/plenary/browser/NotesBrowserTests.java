package org.plenary.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator writes the day's brief: previews it with the keyboard, saves a draft with the keyboard, publishes it;
 * a viewer reads it on the list, the day view, the note page and the print view. The brief carries script that must
 * not run (a listener counts CSP violations and a flag the script would set). Every notes page is looked at on a
 * laptop (1366 px) and a phone (390 px), without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class NotesBrowserTests {

    private static final String WATCH = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));";

    private static final String BRIEF = """
			**Brazil** spoke for its group; ~~Japan~~ Japan objected.

			| Stance | States |
			|---|---|
			| Human rights | Brazil, Mexico |

			<img src=x onerror="window.__xss = 1"><script>window.__xss = 2</script>
			[click](javascript:window.__xss=3)
			""";

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_writes_previews_and_publishes_a_brief_that_a_viewer_reads() {
        String noteUrl;
        String[] reviewUrl = {null};
        String title = "Browser brief " + System.nanoTime();
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("coordinator", "plenary-demo");
            browser.open("/processes/gcm/notes");
            browser.clickAndWait("a[href='/processes/gcm/notes/new']");
            browser.find("#title").sendKeys(title);
            browser.find("#date").sendKeys("03122018");
            browser.find("#organisation").sendKeys("WIMN");
            browser.find("#tags").sendKeys("labour, gender");
            browser.find("#body").sendKeys(BRIEF);
            browser.find("#body").sendKeys(Keys.chord(Keys.CONTROL, "e"));
            assertThat(waitForText(browser, "#note-preview strong")).isEqualTo("Brazil");
            assertThat(browser.findAll("#note-preview table")).hasSize(1);
            browser.screenshot("notes-editor-1366");
            browser.whileNavigating(() -> browser.find("#body").sendKeys(Keys.chord(Keys.CONTROL, "s")));
            assertThat(browser.text("main h1")).isEqualTo(title);
            assertThat(browser.text("main")).contains("Draft");
            noteUrl = browser.url().substring(browser.url().indexOf("/notes/"));
            assertInert(browser);

            browser.clickAndWait("a[href$='/edit']");
            browser.clickAndWait("button[value=publish]");
            assertThat(browser.text(".flash")).contains("published");
            browser.screenshot("notes-note-1366");
            browser.clickAndWait("a[href$='/history']");
            browser.screenshot("notes-history-1366");

            // The demo brief of 12 March has a line-up: its review, mapped to the demo issue.
            browser.open("/processes/gcm/notes?day=2018-03-12&tag=human+rights");
            browser.clickAndWait(".note-card h2 a");
            assertThat(browser.text("main h1")).contains("day 1");
            reviewUrl[0] =
                    browser.url().substring(browser.url().indexOf("/notes/")) + "/lineup?issue=regular-irregular";
            browser.clickAndWait("a[href$='/lineup']");
            browser.find("#issue-choice").sendKeys("Regular");
            browser.clickAndWait("form.filters button[type=submit]");
            assertThat(browser.text("main")).contains("African countries", "Latin American countries and Canada");
            browser.screenshot("notes-lineup-review-1366");
            browser.open("/actors/BRA");
            assertThat(browser.text("main")).contains("In the daily notes");
            browser.screenshot("notes-actor-section-1366");
        }
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("viewer", "plenary-demo");
            for (String page : List.of(
                    "/processes/gcm/notes", "/processes/gcm/notes/days/2018-03-12", noteUrl, noteUrl + "/print")) {
                browser.open(page);
                assertThat(browser.text("main")).as(page).contains(title);
                assertInert(browser);
                browser.screenshot("notes-" + name(page) + "-1366");
            }
        }
        try (Browser phone = new Browser("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("coordinator", "plenary-demo");
            for (String page : List.of(
                    "/processes/gcm/notes",
                    "/processes/gcm/notes/days/2018-03-12",
                    noteUrl,
                    noteUrl + "/print",
                    noteUrl + "/edit",
                    noteUrl + "/history",
                    "/processes/gcm/notes/new",
                    reviewUrl[0],
                    "/actors/BRA")) {
                phone.open(page);
                Object overflow = ((JavascriptExecutor) phone.driver())
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
                assertThat(overflow).as(page + " scrolls sideways").isEqualTo(false);
                assertInert(phone);
                phone.screenshot("notes-" + name(page) + "-390");
            }
        }
    }

    private static void watch(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    private static void assertInert(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return window.__xss === undefined;")).isEqualTo(true);
        assertThat(js.executeScript("return window.__violations.length;")).isEqualTo(0L);
    }

    private static String waitForText(Browser browser, String css) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until((d) -> !browser.findAll(css).isEmpty());
        return browser.text(css);
    }

    private static String name(String page) {
        return page.replaceAll("^/", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
