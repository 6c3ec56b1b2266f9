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
 * Aliases valid for a period (#7) in Chromium at 1366 px and 390 px: the admin's alias form with its dates and the
 * field message for a period that ends before it starts, the group page listing "EU (from 12 Mar 2018)", and the
 * line-up review of a 13 March brief where "EU" is the EU 27 and "Korea" is offered with its two candidates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AliasesBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void an_admin_gives_an_alias_a_period_and_a_coordinator_reviews_dated_and_ambiguous_names() {
        String review;
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("admin", "plenary-demo");
            browser.open("/admin/actors/EU27");
            assertThat(browser.find("#aliases + p + ul").getText())
                    .contains("EU")
                    .contains("from 12 Mar 2018");
            browser.find("#alias").sendKeys("Twenty-seven");
            browser.find("#validFrom").sendKeys("03132018");
            browser.find("#validTo").sendKeys("03122018");
            browser.clickAndWait("form[action$='/aliases'] button[type=submit]");
            assertThat(browser.find("#validTo-error").getText())
                    .isEqualTo("The end of the period cannot be before its start.");
            scrollTo(browser, "#validTo-error");
            browser.screenshot("aliases-admin-form-1366");
            assertInert(browser);

            browser.open("/groups/EU27?asOf=2018-03-13");
            assertThat(browser.find("body").getText()).contains("EU (from 12 Mar 2018)");
            browser.screenshot("aliases-group-1366");

            browser.open("/processes/gcm/notes/new");
            browser.find("#title").sendKeys("Dated names");
            browser.find("#date").sendKeys("03132018");
            browser.find("#organisation").sendKeys("WIMN");
            browser.find("#body").sendKeys("The EU held firm.\n\nLine up:\nHuman rights\n· EU\n· Korea\n");
            browser.clickAndWait("button[value=publish]");
            String note = browser.url().substring(browser.url().indexOf("/notes/"));
            assertThat(browser.find("a.mention").getAttribute("href")).endsWith("/groups/EU27?asOf=2018-03-13");
            review = note + "/lineup?issue=regular-irregular";
            browser.open(review);
            assertThat(browser.find("label[for=pick-1-0]").getText())
                    .contains("names several actors (North Korea, South Korea): pick one");
            assertThat(browser.findAll(".lineup-confirm tbody tr").get(0).getText())
                    .contains("EU 27");
            scrollTo(browser, "label[for=pick-1-0]");
            browser.screenshot("aliases-review-1366");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("admin", "plenary-demo");
            phone.open("/admin/actors/EU27");
            phone.find("#alias").sendKeys("Twenty-seven");
            phone.find("#validFrom").sendKeys("03132018");
            phone.find("#validTo").sendKeys("03122018");
            phone.clickAndWait("form[action$='/aliases'] button[type=submit]");
            assertNoSidewaysScroll(phone, "/admin/actors/EU27");
            scrollTo(phone, "#aliases");
            phone.screenshot("aliases-admin-form-390");
            phone.open("/groups/EU27?asOf=2018-03-13");
            assertNoSidewaysScroll(phone, "/groups/EU27");
            phone.screenshot("aliases-group-390");
            phone.open(review);
            assertNoSidewaysScroll(phone, review);
            scrollTo(phone, "label[for=pick-1-0]");
            phone.screenshot("aliases-review-390");
            assertInert(phone);
        }
    }

    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", css);
    }
}
