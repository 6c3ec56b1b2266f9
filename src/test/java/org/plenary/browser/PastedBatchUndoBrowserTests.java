package org.plenary.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.browser.NoteCorrectionsBrowserTests.assertInert;
import static org.plenary.browser.NoteCorrectionsBrowserTests.assertNoSidewaysScroll;
import static org.plenary.browser.NoteCorrectionsBrowserTests.watch;

/**
 * A coordinator pastes a list on the position form, saves it, and undoes the batch from the flash, in Chromium at
 * 1366 px and on a 390 px phone (no sideways scroll, no CSP violation). An issue of its own in the demo process, so
 * the demo line-ups stay as they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PastedBatchUndoBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_saved_paste_is_undone_from_the_flash() {
        String slug = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        long issue = this.jdbc
                .sql("insert into issue (process_id, slug, title) select id, ?, 'Undo check' from process"
                        + " where slug = 'gcm' returning id")
                .param(slug)
                .query(Long.class)
                .single();
        String[] options = {"with", "between", "against"};
        for (int i = 0; i < options.length; i++) {
            this.jdbc
                    .sql(
                            "insert into stance_option (issue_id, option_key, label, colour, rank) values (?, ?, ?, '#2a7a3b', ?)")
                    .params(issue, options[i], "Stance " + options[i], i)
                    .update();
        }
        String form = "/processes/gcm/issues/" + slug + "/positions/new";
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 1000)) {
            watch(browser);
            browser.logIn("coordinator", "plenary-demo");
            paste(browser, form, "03142018");
            assertThat(browser.text(".flash")).startsWith("3 positions saved");
            assertThat(browser.find("form.flash-action button").getText()).isEqualTo("Undo this batch");
            browser.screenshot("batch-saved-1366");
            browser.clickAndWait("form.flash-action button");
            assertThat(browser.text(".flash")).isEqualTo("Undone: 3 positions of this batch retracted.");
            assertThat(browser.findAll("form.flash-action")).isEmpty();
            browser.screenshot("batch-undone-1366");
            assertInert(browser);
        }
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            watch(phone);
            phone.logIn("coordinator", "plenary-demo");
            paste(phone, form, "03152018");
            assertNoSidewaysScroll(phone, "line-up with the undo");
            phone.screenshot("batch-saved-390");
            phone.clickAndWait("form.flash-action button");
            assertThat(phone.text(".flash")).startsWith("Undone: 3");
            assertNoSidewaysScroll(phone, "line-up after the undo");
            phone.screenshot("batch-undone-390");
            assertInert(phone);
        }
        assertThat(this.jdbc
                        .sql("select count(*) from position where issue_id = ? and not retracted")
                        .param(issue)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static void paste(Browser browser, String form, String date) {
        browser.open(form);
        browser.find("#actorNames").sendKeys("· Japan\n· Turkey (less adamant)\n· Norway\n");
        new Select(browser.find("#optionKey")).selectByIndex(1);
        browser.find("#validFrom").sendKeys(date);
        browser.find("#source").sendKeys("Daily note");
        browser.clickAndWait("main form button[type=submit]:not([name])");
    }
}
