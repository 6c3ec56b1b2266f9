package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate asks where a state stands: its page lists its stance per issue (via its group), compared with an earlier
 * date, on a desktop and on a phone without a sideways-clipped page; the group's page shows its own stances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class WhereItStandsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void a_state_page_says_where_it_stands_on_a_desktop_and_a_phone() {
        for (int width : new int[] {1366, 390}) {
            String base = "http://localhost:" + this.port;
            try (Browser browser = (width > 400) ? new Browser(base, width, 900) : Browser.phone(base, width, 844)) {
                browser.open("/actors/AUT");
                browser.find("#asOf").clear();
                browser.find("#asOf").sendKeys("03162018");
                browser.find("#compareWith").sendKeys("03132018");
                browser.clickAndWait("form.filters button[type=submit]");
                assertThat(browser.url()).contains("asOf=2018-03-16", "compareWith=2018-03-13");
                String stances = browser.text(".actor-stances");
                assertThat(stances).contains("as of 16 March 2018", "via EU 27", "moved, was:");
                assertThat(pageWidth(browser)).isLessThanOrEqualTo(width);
                ((JavascriptExecutor) browser.driver())
                        .executeScript("document.querySelector('.actor-stances').scrollIntoView()");
                browser.screenshot("actor-stances-" + width);

                browser.open("/groups/EU27?asOf=2018-03-13");
                assertThat(browser.text(".actor-stances"))
                        .contains("Strong separation")
                        .doesNotContain("via EU 27");
                assertThat(pageWidth(browser)).isLessThanOrEqualTo(width);
                ((JavascriptExecutor) browser.driver())
                        .executeScript("document.querySelector('.actor-stances').scrollIntoView()");
                browser.screenshot("group-stances-" + width);
            }
        }
    }

    /** How wide the page lays out: wider than the window means a sideways-clipped page. */
    static long pageWidth(Browser browser) {
        return (Long)
                ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
    }
}
