package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.browser.NoteCorrectionsBrowserTests.assertInert;
import static org.plenary.browser.NoteCorrectionsBrowserTests.assertNoSidewaysScroll;
import static org.plenary.browser.NoteCorrectionsBrowserTests.watch;

/**
 * A coordinator corrects the names a note links, in Chromium at 1366 px and on a 390 px phone (no sideways scroll, no
 * CSP violation): writes a note where "Georgia" is a person, unlinks Georgia ("Not this actor"), is refused a name
 * that is not in the note, then links "Korea", which the recogniser leaves alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class MentionCorrectionsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void a_coordinator_unlinks_a_wrong_name_and_links_a_missed_one() {
        String note;
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("coordinator", "plenary-demo");
            browser.open("/processes/gcm/notes/new");
            browser.find("#title").sendKeys("Side meeting with IOM");
            browser.find("#date").sendKeys("03132018");
            browser.find("#body")
                    .sendKeys("Georgia Smith of IOM opened the side meeting. Korea asked for the floor;"
                            + " Chad agreed with Korea and with Mexico.");
            browser.clickAndWait("button[value=publish]");
            note = browser.url().substring(browser.url().indexOf("/notes/"));
            assertThat(browser.findAll(".note-body a.mention"))
                    .extracting((e) -> e.getText())
                    .containsExactly("Georgia", "IOM", "Chad", "Mexico");
            scrollTo(browser, "#mentions");
            browser.screenshot("mentions-before-1366");

            browser.clickAndWait("#mentions form[action$='/mentions/remove'] button");
            assertThat(browser.text(".flash")).contains("Georgia").contains("no longer linked");
            assertThat(browser.findAll(".note-body a.mention"))
                    .extracting((e) -> e.getText())
                    .containsExactly("IOM", "Chad", "Mexico");

            browser.find("#written").sendKeys("Koreans");
            new Select(browser.find("#actor")).selectByValue("KOR");
            browser.clickAndWait("form.mention-add button[type=submit]");
            assertThat(browser.text("#written-error")).contains("does not stand in this note");
            scrollTo(browser, "#mentions");
            browser.screenshot("mentions-refused-1366");

            browser.find("#written").clear();
            browser.find("#written").sendKeys("Korea");
            browser.clickAndWait("form.mention-add button[type=submit]");
            assertThat(browser.findAll(".note-body a.mention"))
                    .extracting((e) -> e.getText())
                    .containsExactly("IOM", "Korea", "Chad", "Korea", "Mexico");
            scrollTo(browser, "#mentions");
            browser.screenshot("mentions-after-1366");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("coordinator", "plenary-demo");
            phone.open(note);
            assertNoSidewaysScroll(phone, note);
            scrollTo(phone, "#mentions");
            phone.screenshot("mentions-390");
            phone.find("#written").sendKeys("Nowhere");
            phone.clickAndWait("form.mention-add button[type=submit]");
            assertNoSidewaysScroll(phone, note + " (refused)");
            scrollTo(phone, ".mention-add");
            phone.screenshot("mentions-refused-390");
            assertInert(phone);
        }
    }

    static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(arguments[0]).scrollIntoView();", css);
    }
}
