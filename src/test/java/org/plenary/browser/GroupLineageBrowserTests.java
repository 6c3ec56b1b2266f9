package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.browser.NoteCorrectionsBrowserTests.assertInert;
import static org.plenary.browser.NoteCorrectionsBrowserTests.assertNoSidewaysScroll;
import static org.plenary.browser.NoteCorrectionsBrowserTests.watch;

/**
 * Group lineage (#8) in Chromium at 1366 px and 390 px: the EU 27's page and Hungary's show Hungary out of the EU 27
 * line with the day the EU 27 was formed from the European Union, and the group's admin page has the "Formed from"
 * form filled in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GroupLineageBrowserTests {

    private static final String FLAG = "Hungary: not in the EU 27 position since 15 March 2018";

    @LocalServerPort
    int port;

    @Test
    void the_flag_of_a_member_left_out_shows_on_the_group_and_member_pages_and_the_admin_form() {
        String[][] pages = {
            {"/groups/EU27?asOf=2018-03-15", "lineage-group"},
            {"/actors/HUN?asOf=2018-03-15", "lineage-state"},
        };
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            for (String[] page : pages) {
                browser.open(page[0]);
                assertThat(browser.find(".bloc-flag:has(.flag-lineage)").getText())
                        .contains(FLAG)
                        .contains("formed from it on 12 March 2018");
                scrollTo(browser, ".bloc-flag:has(.flag-lineage)");
                browser.screenshot(page[1] + "-1366");
                assertInert(browser);
            }
            browser.logIn("admin", "plenary-demo");
            browser.open("/admin/groups/EU27");
            assertThat(browser.find("#formedFrom").getAttribute("value")).isEqualTo("EU");
            scrollTo(browser, "#lineage");
            browser.screenshot("lineage-admin-1366");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            for (String[] page : pages) {
                phone.open(page[0]);
                assertNoSidewaysScroll(phone, page[0]);
                scrollTo(phone, ".bloc-flag:has(.flag-lineage)");
                phone.screenshot(page[1] + "-390");
                assertInert(phone);
            }
            phone.logIn("admin", "plenary-demo");
            phone.open("/admin/groups/EU27");
            assertNoSidewaysScroll(phone, "/admin/groups/EU27");
            scrollTo(phone, "#lineage");
            phone.screenshot("lineage-admin-390");
        }
    }

    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", css);
    }
}
