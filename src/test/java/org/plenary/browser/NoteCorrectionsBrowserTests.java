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
 * The corrections of issue #7's leftovers, looked at in Chromium on a laptop (1366 px) and a phone (390 px, no
 * sideways scrolling, no CSP violation): the line-up review of the demo brief of 12 March as an admin, with the
 * "add as an alias" action next to the name not recognised.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class NoteCorrectionsBrowserTests {

    private static final String WATCH = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));";

    @LocalServerPort
    int port;

    @Test
    void an_admin_sees_the_alias_action_in_the_lineup_review() {
        String review;
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("admin", "plenary-demo");
            browser.open("/processes/gcm/notes?day=2018-03-12&tag=human+rights");
            browser.clickAndWait(".note-card h2 a");
            review = browser.url().substring(browser.url().indexOf("/notes/")) + "/lineup?issue=regular-irregular";
            browser.open(review);
            assertThat(browser.find("button[name=alias]").getText())
                    .isEqualTo("Add \"African countries\" as an alias of the actor picked");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('button[name=alias]').scrollIntoView({block: 'center'});");
            browser.screenshot("corrections-lineup-alias-1366");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("admin", "plenary-demo");
            phone.open(review);
            assertNoSidewaysScroll(phone, review);
            ((JavascriptExecutor) phone.driver())
                    .executeScript("document.querySelector('button[name=alias]').scrollIntoView({block: 'center'});");
            phone.screenshot("corrections-lineup-alias-390");
            assertInert(phone);
        }
    }

    @Test
    void a_coordinator_previews_a_pasted_list_on_the_position_form() {
        String form = "/processes/gcm/issues/regular-irregular/positions/new";
        String list = "· Japan\n· Turkey (less adamant)\n· Latin American countries and Canada, with Brazil as "
                + "spokesperson\n· African countries\n";
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("coordinator", "plenary-demo");
            browser.open(form);
            browser.find("#actorNames").sendKeys(list);
            new org.openqa.selenium.support.ui.Select(browser.find("#optionKey")).selectByIndex(1);
            browser.find("#validFrom").sendKeys("03122018");
            browser.find("#source").sendKeys("Daily note");
            browser.clickAndWait("button[name=action][value=preview]");
            assertThat(browser.findAll(".pasted-lines tbody tr")).hasSize(4);
            assertThat(browser.find(".pasted-lines mark").getText()).isEqualTo("African countries");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('.pasted-lines').scrollIntoView();");
            browser.screenshot("corrections-paste-preview-1366");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("coordinator", "plenary-demo");
            phone.open(form);
            phone.find("#actorNames").sendKeys(list);
            new org.openqa.selenium.support.ui.Select(phone.find("#optionKey")).selectByIndex(1);
            phone.find("#validFrom").sendKeys("03122018");
            phone.find("#source").sendKeys("Daily note");
            phone.clickAndWait("button[name=action][value=preview]");
            assertNoSidewaysScroll(phone, form);
            ((JavascriptExecutor) phone.driver())
                    .executeScript("document.querySelector('.pasted-lines').scrollIntoView();");
            phone.screenshot("corrections-paste-preview-390");
            assertInert(phone);
        }
    }

    static void assertNoSidewaysScroll(Browser browser, String page) {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as(page + " scrolls sideways").isEqualTo(false);
    }

    static void watch(Browser browser) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    static void assertInert(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return window.__violations.length;")).isEqualTo(0L);
    }
}
