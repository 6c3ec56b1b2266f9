package org.plenary.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's refused form, at 1366 and 390 px: the focus lands on the first invalid field (the error summary
 * is announced as an alert), and each link of the summary moves the focus to its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AdminFormsFocusBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void the_first_invalid_field_has_the_focus_on_a_desktop() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            check(browser, "desktop");
        }
    }

    @Test
    void the_first_invalid_field_has_the_focus_on_a_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            check(phone, "phone");
        }
    }

    private static void check(Browser browser, String device) {
        browser.logIn("admin", "plenary-demo");
        for (String form : List.of("/admin/actors/new", "/admin/processes/new", "/admin/accounts/new")) {
            browser.open(form);
            MatrixBrowserTests.js(browser, "document.querySelectorAll('form').forEach((f) => f.noValidate = true)");
            browser.clickAndWait("main form[method=post] button[type=submit]");
            assertThat(browser.find(".error-summary").getAttribute("role")).isEqualTo("alert");
            List<WebElement> links = browser.findAll(".error-summary a[href^='#']");
            assertThat(links).as(form).isNotEmpty();
            String first = links.get(0).getAttribute("href").replaceAll(".*#", "");
            assertThat(active(browser)).as(form + ": focus after the refusal").isEqualTo(first);
            String last = links.get(links.size() - 1).getAttribute("href").replaceAll(".*#", "");
            links.get(links.size() - 1).click();
            assertThat(active(browser))
                    .as(form + ": focus after following the summary's last link")
                    .isEqualTo(last);
            assertThat(WhereItStandsBrowserTests.pageWidth(browser))
                    .as(form)
                    .isLessThanOrEqualTo(device.equals("phone") ? 390 : 1366);
            browser.screenshot(device + "-admin-focus" + form.replaceAll("[^a-z]+", "-"));
        }
    }

    private static String active(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }
}
