package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box of the header (#8): "/" focuses it from anywhere on a page, Enter searches; searching an actor's name
 * offers its page first; the results page fits a 1366 px screen and a 390 px phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SearchBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void slash_focuses_the_header_box_and_enter_searches() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            browser.open("/actors");
            new Actions(browser.driver()).sendKeys("/").perform();
            assertThat(MatrixBrowserTests.js(browser, "return document.activeElement.id"))
                    .isEqualTo("site-search");
            // The "/" itself is not typed into the box.
            assertThat(browser.find("#site-search").getAttribute("value")).isEmpty();
            browser.whileNavigating(() -> browser.find("#site-search").sendKeys("Norway", Keys.ENTER));
            assertThat(browser.url()).contains("/search?q=Norway");
            assertThat(browser.find(".actor-offer").getAttribute("href")).endsWith("/actors/NOR");
            assertThat(WhereItStandsBrowserTests.pageWidth(browser)).isLessThanOrEqualTo(1366);
            browser.screenshot("search-desktop-norway");
            browser.open("/search?q=refugees+migrants");
            browser.screenshot("search-desktop-results");
            browser.open("/search?q=human+rights&process=gcm&actor=Mexico");
            assertThat(browser.find("#search-actor").getAttribute("list")).isEqualTo("search-actors");
            assertThat(WhereItStandsBrowserTests.pageWidth(browser)).isLessThanOrEqualTo(1366);
            browser.screenshot("search-desktop-filters");
            browser.open("/search?q=the+and+of");
            assertThat(browser.text("main")).contains("only very common words");
            browser.screenshot("search-desktop-stop-words");
        }
    }

    @Test
    void the_results_fit_a_390_px_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            phone.logIn("viewer", "plenary-demo");
            for (String page : new String[] {
                "/",
                "/search?q=refugees+migrants",
                "/search?q=Norway&kind=NOTE",
                "/search?q=human+rights&process=gcm&actor=Mexico",
                "/search?q=rights&kind=AMENDMENT"
            }) {
                phone.open(page);
                assertThat(WhereItStandsBrowserTests.pageWidth(phone)).as(page).isLessThanOrEqualTo(390);
                phone.screenshot("search-phone" + page.replaceAll("[^a-z0-9]+", "-"));
            }
        }
    }
}
