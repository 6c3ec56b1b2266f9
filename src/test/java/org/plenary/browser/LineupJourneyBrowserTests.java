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
}
