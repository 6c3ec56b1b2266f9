package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day's digest, the home page's "since your last visit" and the follow button, at 1366 px and on a true 390 px
 * phone, without a page wider than the screen; following an issue from its line-up shows on the home page; the
 * digest prints without the site's navigation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class FeedsAndDigestBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void digest_since_last_visit_and_follow_fit_a_desktop_and_a_phone() {
        String base = "http://localhost:" + this.port;
        for (int width : new int[] {1366, 390}) {
            try (Browser browser = (width == 390) ? Browser.phone(base, 390, 844) : new Browser(base, 1366, 900)) {
                browser.logIn("viewer", "plenary-demo");
                browser.open("/processes/gcm/digest/2018-03-13");
                assertThat(browser.text("main h1")).contains("13 March 2018");
                assertThat(WhereItStandsBrowserTests.pageWidth(browser))
                        .as("digest")
                        .isLessThanOrEqualTo(width);
                browser.screenshot("digest-" + width);

                browser.open("/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15");
                if (browser.text("form.follow button").equals("Follow")) {
                    browser.clickAndWait("form.follow button");
                }
                assertThat(browser.text("form.follow button")).isEqualTo("Unfollow");
                assertThat(WhereItStandsBrowserTests.pageWidth(browser))
                        .as("lineup")
                        .isLessThanOrEqualTo(width);
                browser.screenshot("follow-lineup-" + width);

                browser.open("/");
                assertThat(browser.text(".since-visit")).contains("You follow");
                assertThat(WhereItStandsBrowserTests.pageWidth(browser))
                        .as("home")
                        .isLessThanOrEqualTo(width);
                browser.screenshot("since-last-visit-" + width);

                browser.open("/actors/AUT");
                assertThat(browser.findAll("link[rel='alternate'][type='application/atom+xml']"))
                        .isNotEmpty();
                assertThat(WhereItStandsBrowserTests.pageWidth(browser))
                        .as("actor")
                        .isLessThanOrEqualTo(width);
                browser.screenshot("actor-feed-follow-" + width);
            }
        }
    }

    @Test
    void the_digest_prints_without_navigation() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            browser.logIn("coordinator", "plenary-demo");
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                    .executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
            browser.open("/processes/gcm/digest/2018-03-13");
            assertThat(browser.find("header.site").isDisplayed()).isFalse();
            assertThat(browser.find("nav.day-pager").isDisplayed()).isFalse();
            browser.screenshot("digest-print-media");
            browser.open("/processes/gcm/digest/2018-03-13/print");
            assertThat(browser.findAll("header.site")).isEmpty();
            browser.screenshot("digest-print-view");
        }
    }
}
