package org.plenary.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's round: imports a revision from a file, corrects one node of its structure, compares it with the
 * previous revision and jumps from change to change with the keyboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DraftJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void an_analyst_imports_corrects_compares_and_jumps_between_changes() throws Exception {
        String label = "Rev 2 (browser " + UUID.randomUUID().toString().substring(0, 6) + ")";
        Path file = Files.createTempFile("rev-2-", ".txt");
        String rev1 = new ClassPathResource("demo/drafts/3-rev-1.txt").getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(
                file,
                rev1.replace("Invest in programmes", "Invest in targeted programmes")
                        .replace("regardless of their migration status", "regardless of status"));
        try (Browser browser = new Browser("http://localhost:" + this.port, 1280, 1000)) {
            browser.logIn("analyst", "plenary-demo");
            browser.open("/drafts/gcm/import");
            browser.find("#label").sendKeys(label);
            LocalDate today = LocalDate.now();
            browser.find("#issuedOn")
                    .sendKeys(
                            String.format("%02d%02d%d", today.getMonthValue(), today.getDayOfMonth(), today.getYear()));
            new Select(browser.find("#status")).selectByValue("DRAFT");
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.clickAndWait("form[enctype] button[type=submit]");

            // The structure preview: correct the kind of the first node, apply, and see the correction kept.
            Select firstKind = new Select(browser.find("ol.structure select"));
            String before = firstKind.getFirstSelectedOption().getAttribute("value");
            String corrected = before.equals("SECTION") ? "PARAGRAPH" : "SECTION";
            firstKind.selectByValue(corrected);
            browser.screenshot("draft-import-preview");
            browser.clickAndWait("button[formaction$='/import/preview']");
            assertThat(new Select(browser.find("ol.structure select"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo(corrected);
            browser.clickAndWait("form.import-preview button.primary");
            assertThat(browser.text("main")).contains(label);
            browser.screenshot("draft-revision");

            // Compare the new revision with the previous one.
            browser.open("/drafts/gcm");
            new Select(browser.find("#from")).selectByVisibleText("Rev 1 (illustrative)");
            new Select(browser.find("#to")).selectByVisibleText(label);
            browser.clickAndWait("form.compare-choice button");
            assertThat(browser.url()).contains("/drafts/gcm/compare");
            assertThat(browser.text(".comparison")).contains("targeted");
            int changes = Integer.parseInt(browser.find(".comparison").getAttribute("data-changes"));
            assertThat(changes).isGreaterThanOrEqualTo(2);
            browser.screenshot("draft-compare");

            // j jumps to the next change, k back to the previous one.
            WebElement body = browser.find("body");
            body.sendKeys("j");
            assertThat(hash(browser)).isEqualTo("#change-1");
            body.sendKeys("j");
            assertThat(hash(browser)).isEqualTo("#change-2");
            body.sendKeys("k");
            assertThat(hash(browser)).isEqualTo("#change-1");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("change-1");
            body.sendKeys(Keys.END);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String hash(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return window.location.hash;");
    }
}
