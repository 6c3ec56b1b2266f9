package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px phone the home timeline, the line-up, the matrix and the compare view lay out without a sideways-clipped
 * page (the matrix scrolls inside its own box), and the compare view labels the old and the new text once side by
 * side has become one column.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PhoneFitBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void the_main_reading_pages_fit_a_390_px_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            phone.logIn("viewer", "plenary-demo");
            for (String page : new String[] {
                "/",
                "/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-15&compareWith=2018-03-12",
                "/processes/gcm/matrix?asOf=2018-03-15",
            }) {
                phone.open(page);
                assertThat(WhereItStandsBrowserTests.pageWidth(phone)).as(page).isLessThanOrEqualTo(390);
                phone.screenshot("phone-fit" + page.replaceAll("[^a-z0-9]+", "-"));
            }
            phone.open("/drafts/gcm");
            String from = phone.findAll("#from option").get(0).getAttribute("value");
            String to = phone.findAll("#to option")
                    .get(phone.findAll("#to option").size() - 1)
                    .getAttribute("value");
            phone.open("/drafts/gcm/compare?from=" + from + "&to=" + to + "&view=side");
            assertThat(WhereItStandsBrowserTests.pageWidth(phone)).as("compare").isLessThanOrEqualTo(390);
            // The summary by section fits too (it used to scroll sideways in its box).
            assertThat((Long)
                            MatrixBrowserTests.js(phone, "return document.querySelector('table.summary').scrollWidth"))
                    .as("compare summary")
                    .isLessThanOrEqualTo(390);
            MatrixBrowserTests.js(phone, "document.querySelector('table.summary').scrollIntoView()");
            phone.screenshot("phone-fit-compare-summary");
            var labels = phone.findAll(".comparison .cols .col-label");
            assertThat(labels).isNotEmpty();
            assertThat(labels.get(0).isDisplayed()).isTrue();
            MatrixBrowserTests.js(phone, "document.querySelector('.comparison .cols').scrollIntoView()");
            phone.screenshot("phone-fit-compare");
        }
    }
}
