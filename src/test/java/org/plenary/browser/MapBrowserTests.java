package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map is a view of its own: reached from the navigation and from a tab beside the line-up; pointing at or
 * focusing a state names it and its stance, selecting it opens its page; the legend and the states not on the map
 * stay; on a phone it fits the screen and a tap opens the state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class MapBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void on_a_desktop_a_state_names_its_stance_on_hover_and_focus_and_opens_on_click() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            browser.open("/");
            browser.clickAndWait("header.site a[href='/map']");
            assertThat(browser.url()).contains("/issues/", "/map");
            browser.open("/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15");
            browser.clickAndWait("nav.tabs a[href*='/map']");
            assertThat(browser.url()).contains("/processes/gcm/issues/regular-irregular/map", "asOf=2018-03-15");
            assertThat(browser.find("nav.tabs a[aria-current=page]").getText()).isEqualTo("Map");
            assertThat(browser.text("figure.world-map figcaption")).contains("In between", "Unknown");
            assertThat(browser.text("p.off-map")).contains("Not on the map:", "Tuvalu");

            new Actions(browser.driver()).moveToElement(browser.find("path#AT")).perform();
            assertThat(browser.text("#map-focus")).isEqualTo("Austria: In between (via EU 27)");
            new Actions(browser.driver()).moveToElement(browser.find("main h1")).perform();
            MatrixBrowserTests.js(browser, "document.querySelector('path#BR').closest('a').focus()");
            assertThat(browser.text("#map-focus")).startsWith("Brazil: ");
            browser.screenshot("map-1366");
            // The focused state opens with the keyboard.
            browser.whileNavigating(
                    () -> browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER));
            assertThat(browser.url()).contains("/actors/BRA", "asOf=2018-03-15");
        }
    }

    @Test
    void on_a_phone_the_map_fits_and_a_tap_opens_the_state() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            phone.open("/processes/gcm/issues/regular-irregular/map?asOf=2018-03-15");
            assertThat(WhereItStandsBrowserTests.pageWidth(phone)).isLessThanOrEqualTo(390);
            assertThat(((Number) MatrixBrowserTests.js(
                                    phone, "return document.querySelector('svg.world').getBoundingClientRect().width"))
                            .doubleValue())
                    .isBetween(250.0, 390.0);
            MatrixBrowserTests.js(phone, "document.querySelector('nav.tabs').scrollIntoView()");
            phone.screenshot("map-390");
            phone.whileNavigating(() -> phone.find("path#BR").click());
            assertThat(phone.url()).contains("/actors/BRA");
        }
    }
}
