package org.plenary.browser;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real person's first steps in a real, headless Chromium: each role logs in and opens home, calendar, actors and a
 * group page; screenshots land in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class MainJourneysBrowserTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} logs in and browses")
    @ValueSource(strings = {"viewer", "coordinator", "analyst", "admin"})
    void each_role_logs_in_and_opens_the_main_pages(String role) throws Exception {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1280, 900)) {
            browser.logIn(role, "plenary-demo");
            assertThat(browser.text("header.site .who")).contains(role);
            assertThat(browser.text("main h1")).isEqualTo("Negotiations");
            assertThat(browser.text("main")).contains("Global Compact for Safe, Orderly and Regular Migration");
            browser.screenshot(role + "-home");

            browser.clickAndWait("a[href='/processes/gcm/calendar']");
            assertThat(browser.text("main h1")).isEqualTo("Calendar");
            assertThat(browser.text("main")).contains("Round 2", "Monday 12 March 2018");
            browser.screenshot(role + "-calendar");

            browser.open("/actors?kind=GROUP");
            assertThat(browser.text("main")).contains("EU 27", "African Group");
            browser.screenshot(role + "-actors");

            browser.clickAndWait("a[href='/groups/EU27']");
            browser.find("#asOf").clear();
            browser.find("#asOf").sendKeys("03132018");
            browser.clickAndWait("form.filters button");
            assertThat(browser.text("main")).contains("Members on 13 March 2018 (27)", "Austria");
            browser.screenshot(role + "-group");

            assertThat(browser.findAll("a[href='/admin']")).hasSize(role.equals("admin") ? 1 : 0);
            browser.logOut();
            assertThat(browser.url()).contains("/login");
        }
        assertThat(Files.size(Browser.SCREENSHOTS.resolve(role + "-group.png"))).isGreaterThan(10_000);
    }

    @Test
    void the_pages_work_by_keyboard_on_a_phone_sized_screen_and_errors_have_their_pages() throws Exception {
        try (Browser phone = new Browser("http://localhost:" + this.port, 390, 844)) {
            phone.open("/login");
            phone.whileNavigating(
                    () -> phone.find("#username").sendKeys("viewer", Keys.TAB, "plenary-demo", Keys.ENTER));
            assertThat(phone.text("main h1")).isEqualTo("Negotiations");
            phone.open("/processes/gcm/calendar");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
            assertThat(overflow).isEqualTo(false);
            phone.screenshot("phone-calendar");
            phone.open("/actors");
            phone.screenshot("phone-actors");
            // A viewer who strays into the admin area gets the 403 page with a reference, and a missing page 404.
            phone.open("/admin/audit");
            assertThat(phone.text("main h1")).isEqualTo("Not allowed");
            assertThat(phone.text("main")).containsPattern("Reference: [0-9a-f]{8}");
            phone.open("/no-such-page");
            assertThat(phone.text("main h1")).isEqualTo("Not found");
            Object actorsOverflow = ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
            assertThat(actorsOverflow).isEqualTo(false);
        }
    }
}
