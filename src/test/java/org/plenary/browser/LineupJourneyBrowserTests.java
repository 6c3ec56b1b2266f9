package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate before a session: opens the line-up of an issue, moves the as-of date, and compares with an earlier
 * date to see who moved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class LineupJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void a_delegate_opens_a_lineup_changes_the_date_and_compares_with_another() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1280, 1000)) {
            browser.logIn("viewer", "plenary-demo");
            browser.open("/processes/gcm");
            browser.clickAndWait("a[href='/processes/gcm/issues']");
            browser.clickAndWait("a[href^='/processes/gcm/issues/regular-irregular/lineup']");
            assertThat(browser.text("main h1")).isEqualTo("Regular/irregular distinction");

            browser.find("#asOf").clear();
            browser.find("#asOf").sendKeys("03122018");
            browser.clickAndWait("form.filters button[type=submit]");
            assertThat(browser.url()).contains("asOf=2018-03-12");
            String march12 = browser.text(".columns");
            assertThat(march12).contains("Brazil", "Australia", "Thailand", "EU 27");
            browser.screenshot("lineup-2018-03-12");

            browser.find("#asOf").clear();
            browser.find("#asOf").sendKeys("03152018");
            browser.find("#compareWith").sendKeys("03122018");
            browser.clickAndWait("form.filters button[type=submit]");
            assertThat(browser.url()).contains("asOf=2018-03-15").contains("compareWith=2018-03-12");
            assertThat(browser.text("p.movers")).containsPattern("\\d+ moved since 12 Mar 2018");
            assertThat(browser.findAll("li.mover")).isNotEmpty();
            browser.find("li.mover summary").click();
            assertThat(browser.find("li.mover dl.evidence").isDisplayed()).isTrue();
            browser.screenshot("lineup-compare");
        }
    }

    /**
     * The 12 March line-up: Luxembourg holds the friends of children's position and says that the EU 27 differs, at
     * desktop and phone width without sideways scrolling; its evidence is the 12 March brief, with its bullet.
     */
    @Test
    void a_state_whose_groups_disagree_says_so_at_desktop_and_phone_width() {
        try (Browser desktop = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            groupsDisagree(desktop, "lineup-groups-differ-1366");
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            groupsDisagree(phone, "lineup-groups-differ-390");
        }
    }

    private static void groupsDisagree(Browser browser, String screenshot) {
        browser.open("/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-12");
        String luxembourg = ".columns li:has(> a[href^='/actors/LUX'])";
        assertThat(browser.text(luxembourg + " .badge.via")).isEqualTo("via Group of friends of children");
        assertThat(browser.find(luxembourg + " .differs").isDisplayed()).isTrue();
        assertThat(browser.text(luxembourg + " .differs"))
                .startsWith("EU 27 differs: Strong separation")
                .endsWith("(same day: the smaller group applies)");
        browser.find(luxembourg + " summary").click();
        assertThat(browser.text(luxembourg + " dl.evidence"))
                .contains("Daily note, 2018-03-12: Round 2, day 1: first impressions")
                .contains("Luxemburg—group of friends of children Bulgaria, Jamaica, Luxemburg");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(luxembourg));
        assertThat(js.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;"))
                .as("sideways scrolling")
                .isEqualTo(false);
        browser.screenshot(screenshot);
    }
}
