package org.plenary.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator selects a passage of the day 4 brief ("Comoros spoke for the African Group") and records it as an
 * intervention: the form opens with the speaker and the group recognised in the passage, the passage as the quote and
 * the note as evidence. The intervention then shows on the note, the group's page and the day; every interventions
 * page is looked at on a laptop (1366 px) and a phone (390 px), without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class InterventionsBrowserTests {

    private static final String SELECT_COMOROS = """
			const body = document.querySelector('.note-body');
			const from = body.querySelector("a.mention[href^='/actors/COM']");
			const to = body.querySelector("a.mention[href^='/groups/AFRICAN-GROUP']");
			const range = document.createRange();
			range.setStartBefore(from);
			range.setEndAfter(to);
			const selection = window.getSelection();
			selection.removeAllRanges();
			selection.addRange(range);
			""";

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_records_a_selected_passage_of_a_note_as_an_intervention() {
        String noteUrl;
        String interventionUrl;
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            browser.logIn("coordinator", "plenary-demo");
            browser.open("/processes/gcm/notes?day=2018-03-15");
            browser.clickAndWait(".note-card h2 a");
            noteUrl = browser.url().substring(browser.url().indexOf("/notes/"));
            assertThat(browser.text("main")).contains("Select a passage of the note");
            ((JavascriptExecutor) browser.driver()).executeScript(SELECT_COMOROS);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until((d) -> d.findElement(By.cssSelector(".record-intervention"))
                            .isDisplayed());
            browser.screenshot("interventions-select-1366");
            browser.clickAndWait(".record-intervention");

            assertThat(browser.find("#speaker").getDomProperty("value")).isEqualTo("Comoros");
            assertThat(browser.find("#onBehalfOf").getDomProperty("value")).isEqualTo("African Group");
            assertThat(browser.find("#spokenOn").getDomProperty("value")).isEqualTo("2018-03-15");
            assertThat(browser.find("#quote").getDomProperty("value")).isEqualTo("Comoros spoke for the African Group");
            assertThat(browser.text(".evidence-note")).contains("Round 2, day 4");
            browser.find("#summary").sendKeys("Summed up the African Group's position on the Zero Draft Plus.");
            browser.find("#textPart").sendKeys("The compact as a whole");
            browser.screenshot("interventions-form-1366");
            browser.clickAndWait(".intervention-form button[type=submit]");

            assertThat(browser.text(".flash")).contains("recorded");
            assertThat(browser.text("main"))
                    .contains("Comoros")
                    .contains("African Group")
                    .contains("Summed up");
            assertThat(browser.findAll(".warning")).isEmpty();
            interventionUrl = browser.url().substring(browser.url().indexOf("/processes/"));
            browser.screenshot("interventions-intervention-1366");

            browser.open(noteUrl);
            assertThat(browser.text("#interventions")).contains("Summed up the African Group");
            browser.screenshot("interventions-note-1366");
            for (String page : pages(interventionUrl)) {
                browser.open(page);
                assertThat(sideways(browser)).as(page + " scrolls sideways").isFalse();
                browser.screenshot("interventions-" + name(page) + "-1366");
                section(browser, "interventions-" + name(page) + "-section-1366");
            }
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            phone.logIn("coordinator", "plenary-demo");
            for (String page : pages(interventionUrl)) {
                phone.open(page);
                assertThat(sideways(phone)).as(page + " scrolls sideways").isFalse();
                phone.screenshot("interventions-" + name(page) + "-390");
                section(phone, "interventions-" + name(page) + "-section-390");
            }
            phone.open(noteUrl);
            assertThat(sideways(phone)).isFalse();
            phone.screenshot("interventions-note-390");
        }
    }

    private static List<String> pages(String interventionUrl) {
        return List.of(
                interventionUrl,
                interventionUrl + "/edit",
                "/processes/gcm/interventions",
                "/processes/gcm/interventions/new",
                "/processes/gcm/notes/days/2018-03-13",
                "/groups/AFRICAN-GROUP?asOf=2018-03-15",
                "/actors/ZAF");
    }

    /** The interventions part of a long page (an actor's section, the day's list), scrolled into view. */
    private static void section(Browser browser, String name) {
        if (!browser.findAll("#interventions").isEmpty()) {
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('interventions').scrollIntoView();");
            browser.screenshot(name);
        }
    }

    private static boolean sideways(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    private static String name(String page) {
        return page.replaceAll("^/", "").replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("-+$", "");
    }
}
