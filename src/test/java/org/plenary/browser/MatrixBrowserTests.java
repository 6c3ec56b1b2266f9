package org.plenary.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix is readable: the full width of a desktop screen, short labels with a legend, text on every coloured cell
 * at WCAG AA contrast (measured on the rendered page), evidence reached by keyboard and by tap, and on a phone a
 * sideways-scrolling table whose first column stays, with a visible hint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class MatrixBrowserTests {

    /** The lowest contrast of a coloured cell's text with its background, as WCAG 2 computes it. */
    static final String LOWEST_CONTRAST = """
			const lum = (c) => { const v = c.match(/[0-9.]+/g).slice(0, 3).map((x) => x / 255)
			    .map((x) => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
			  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
			let lowest = 21, cells = 0;
			document.querySelectorAll('table.matrix-table td[class*=stance-] a').forEach((a) => {
			  const bg = getComputedStyle(a.closest('td')).backgroundColor, fg = getComputedStyle(a).color;
			  const l1 = lum(bg), l2 = lum(fg);
			  lowest = Math.min(lowest, (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)); cells++; });
			return {lowest: lowest, cells: cells};
			""";

    @LocalServerPort
    int port;

    @Test
    void on_a_desktop_the_matrix_is_full_width_legible_and_its_evidence_a_keypress_away() {
        try (Browser browser = new Browser(base(), 1366, 900)) {
            browser.open("/processes/gcm/matrix?asOf=2018-03-15&only=true");
            assertThat(((Number) js(browser, "return document.querySelector('main').getBoundingClientRect().width"))
                            .doubleValue())
                    .isGreaterThan(1300);
            assertThat(browser.text(".matrix-legend")).contains("Separation", "in italics: held through a group");
            @SuppressWarnings("unchecked")
            Map<String, Object> contrast = (Map<String, Object>) js(browser, LOWEST_CONTRAST);
            System.out.println("Matrix cells measured: " + contrast);
            assertThat(((Number) contrast.get("cells")).intValue()).isGreaterThan(20);
            assertThat(((Number) contrast.get("lowest")).doubleValue()).isGreaterThanOrEqualTo(4.5);
            browser.screenshot("matrix-1366");

            // Keyboard: a cell is a link; Enter opens the actor's page at that issue, with the evidence.
            var cell = browser.find("table.matrix-table td.via a");
            String href = cell.getAttribute("href");
            assertThat(href).contains("/actors/", "asOf=2018-03-15", "#stance-gcm-");
            browser.whileNavigating(() -> cell.sendKeys(Keys.ENTER));
            String anchor = href.substring(href.indexOf('#') + 1);
            assertThat(browser.find("[id='" + anchor + "']").getText()).contains("via");
        }
    }

    @Test
    void on_a_phone_the_matrix_scrolls_sideways_with_its_first_column_in_place() {
        try (Browser phone = Browser.phone(base(), 390, 844)) {
            phone.open("/processes/gcm/matrix?asOf=2018-03-15&only=true");
            assertThat(WhereItStandsBrowserTests.pageWidth(phone)).isLessThanOrEqualTo(390);
            assertThat(phone.find(".scroll-hint").isDisplayed()).isTrue();
            js(phone, "document.querySelector('.matrix-scroll').scrollIntoView()");
            phone.screenshot("matrix-390");
            @SuppressWarnings("unchecked")
            List<Number> lefts = (List<Number>) js(phone, """
					const box = document.querySelector('.matrix-scroll');
					box.scrollLeft = 300;
					const th = box.querySelector('tbody th');
					return [box.scrollLeft, th.getBoundingClientRect().left - box.getBoundingClientRect().left];
					""");
            assertThat(lefts.get(0).doubleValue()).as("scrolled sideways").isGreaterThan(100);
            assertThat(lefts.get(1).doubleValue()).as("first column in place").isLessThan(2);
            phone.screenshot("matrix-390-scrolled");
            // Tap: the cell opens the actor's page.
            js(phone, "document.querySelector('.matrix-scroll').scrollLeft = 0");
            phone.whileNavigating(() -> phone.find("table.matrix-table td a").click());
            assertThat(phone.url()).containsPattern("/(actors|groups)/");
        }
    }

    private String base() {
        return "http://localhost:" + this.port;
    }

    static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
