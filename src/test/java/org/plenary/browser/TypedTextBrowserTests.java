package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never lose typed text: sessions are tracked by cookie only (no {@code ;jsessionid=} in any link), and a coordinator
 * whose session expired before sending a form is sent to the login page, and after logging in back to the form with
 * the typed text restored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class TypedTextBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void text_typed_before_the_session_expired_is_back_after_logging_in_again() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            browser.open("/");
            assertThat(browser.driver().getPageSource()).doesNotContain("jsessionid");
            browser.logIn("coordinator", "plenary-demo");
            String form = "/processes/gcm/issues/regular-irregular/positions/new";
            browser.open(form);
            browser.find("#actorNames").sendKeys("Brazil\nChile");
            browser.find("#quote").sendKeys("We will always support this.");
            // The session expires: the browser no longer holds it.
            browser.driver().manage().deleteAllCookies();
            browser.clickAndWait("main form[method=post] button[type=submit]");
            // The server sends the expired form to the login page, which says why.
            assertThat(browser.url()).contains("/login?expired");
            assertThat(browser.text(".flash.warning")).contains("Your session expired");
            assertThat(browser.driver().getPageSource()).doesNotContain("jsessionid");
            assertThat(browser.find("link[href*='/css/plenary']")).isNotNull();
            browser.screenshot("typed-text-after-expiry");

            // Logging in leads back to the form (not to the home page), where the typed text is restored.
            browser.find("#username").sendKeys("coordinator");
            browser.find("#password").sendKeys("plenary-demo");
            browser.clickAndWait("form[action='/login'] button[type=submit]");
            assertThat(browser.url()).contains(form);
            assertThat(browser.find("#actorNames").getAttribute("value")).isEqualTo("Brazil\nChile");
            assertThat(browser.find("#quote").getAttribute("value")).isEqualTo("We will always support this.");
            assertThat(browser.text("p.restored")).contains("restored");
            browser.screenshot("typed-text-restored");
        }
    }
}
