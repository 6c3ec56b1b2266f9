package org.plenary.browser;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's amendments journey, at 1366 px and on a 390 px phone: selects words in a paragraph of the Zero Draft
 * Plus, "Propose a change" opens the quick form with them, the proposal is saved and its page shows its outcome in Rev 1
 * (already imported, so inferred at once), with a warning that Mexico did not belong to the group it spoke for; then
 * the list and the uptake ranking; the same outcome on the paragraph's history and in the EU 27's list of its proposals
 * (also for an anonymous reader, who may open the proposal). No page scrolls sideways, and axe finds nothing on any of
 * them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AmendmentsJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_analyst_proposes_a_change_from_the_reader_on_a_desktop() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            journey(browser, "desktop", 1366);
        }
    }

    @Test
    void an_analyst_proposes_a_change_from_the_reader_on_a_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            journey(phone, "phone", 390);
        }
    }

    private void journey(Browser browser, String device, int width) {
        Long revision = this.jdbc.sql("""
				select r.id from draft_revision r join draft_document d on d.id = r.document_id
				join process p on p.id = d.process_id where p.slug = 'gcm' and r.label like 'Zero Draft Plus%'
				""").query(Long.class).single();
        Long paragraph = this.jdbc
                .sql("select id from draft_node where revision_id = ? and text like '%fundamental human rights%'"
                        + " order by position limit 1")
                .param(revision)
                .query(Long.class)
                .single();
        String marker = "browser" + UUID.randomUUID().toString().substring(0, 6);
        try {
            steps(browser, device, width, revision, paragraph, marker);
        } finally {
            // The demo's proposals stay as they were for the page tests that count them.
            this.jdbc
                    .sql("delete from amendment where words like ?")
                    .param("%" + marker)
                    .update();
        }
    }

    private void steps(Browser browser, String device, int width, Long revision, Long paragraph, String marker) {
        browser.logIn("analyst", "plenary-demo");
        browser.open("/drafts/gcm");
        fits(browser, width, "drafts overview");

        // The reader: select "fundamental human rights" in the paragraph; the button appears under the selection.
        browser.open("/drafts/gcm/revisions/" + revision);
        fits(browser, width, "reader");
        MatrixBrowserTests.js(browser, """
				const span = document.querySelector('p.node[data-node="%d"] > .text');
				span.scrollIntoView({block: 'center'});
				const node = span.firstChild;
				const at = node.textContent.indexOf('fundamental human rights');
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + 'fundamental human rights'.length);
				const selection = window.getSelection();
				selection.removeAllRanges();
				selection.addRange(range);
				""".formatted(paragraph));
        org.openqa.selenium.support.ui.WebDriverWait wait =
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10));
        wait.until((d) -> browser.find("a.propose-change").isDisplayed());
        assertThat(browser.find("a.propose-change").getText()).isEqualTo("Propose a change");
        fits(browser, width, "reader with the button");
        browser.screenshot(device + "-amendments-1-reader-selection");

        // The quick form, pre-filled with the paragraph and the selected words.
        browser.clickAndWait("a.propose-change");
        assertThat(browser.find("#target").getAttribute("value")).isEqualTo("fundamental human rights");
        assertThat(browser.text("blockquote.paragraph")).contains("fundamental human rights");
        fits(browser, width, "form");
        browser.screenshot(device + "-amendments-2-form");
        browser.find("#words").clear();
        browser.find("#words").sendKeys("universal human rights " + marker);
        browser.find("#speaker").sendKeys("Mexico");
        // Mexico is not a member of the EU 27: recorded, with a warning saying what to check.
        browser.find("#onBehalfOf").sendKeys("EU 27");
        MatrixBrowserTests.js(browser, "document.getElementById('statedOn').value = '2018-03-14'");
        browser.find("#source").sendKeys("Round 2 daily update, 14 March 2018");
        browser.clickAndWait("form[action$='/amendments/new'] button[type=submit]");

        // The proposal page: what it asks, who proposed it, and its outcome in Rev 1.
        assertThat(browser.url()).matches(".*/drafts/gcm/amendments/\\d+$");
        String page = browser.text("main");
        assertThat(page).contains(marker).contains("EU 27 (by Mexico)").contains("Rev 1");
        assertThat(browser.text(".flash.warning"))
                .contains("Mexico was neither a member nor a spokesperson of EU 27 on 14 March 2018");
        String outcome = browser.text(".outcome");
        assertThat(outcome).containsAnyOf("not adopted", "adopted in part", "adopted verbatim");
        String proposal = browser.url().substring(browser.url().indexOf("/drafts/"));
        fits(browser, width, "proposal");
        browser.screenshot(device + "-amendments-3-proposal");

        // A demo proposal whose stand quotes the brief at length: with the Remove buttons its stands were 411 px wide
        // on a phone; now one card per stand.
        Long quoted = this.jdbc.sql("""
						select a.id from amendment a join amendment_actor x on x.amendment_id = a.id
						join process p on p.id = a.process_id where p.slug = 'gcm'
						order by length(coalesce(x.quote, '')) desc, a.id limit 1
						""").query(Long.class).single();
        browser.open("/drafts/gcm/amendments/" + quoted);
        fits(browser, width, "proposal with a long quote");
        stacksOnAPhone(browser, "table.stands", width);
        browser.screenshot(device + "-amendments-3b-stands");

        // The list and the uptake ranking.
        browser.open("/drafts/gcm/amendments?actor=EU27");
        assertThat(browser.text("main")).contains(marker);
        fits(browser, width, "list");
        stacksOnAPhone(browser, "table.proposals", width);
        browser.screenshot(device + "-amendments-4-list");

        // The list filtered by issue through its form (session 17).
        browser.open("/drafts/gcm/amendments");
        new org.openqa.selenium.support.ui.Select(browser.find("#issue"))
                .selectByVisibleText("Climate change as a driver of migration");
        browser.clickAndWait("form.filters button[type=submit]");
        assertThat(browser.url()).contains("issue=climate-driver");
        assertThat(browser.text("main")).contains("2 proposals");
        assertThat(browser.text("table.proposals")).contains("Micronesia").doesNotContain("Guatemala");
        fits(browser, width, "list by issue");
        browser.screenshot(device + "-amendments-4b-list-by-issue");
        browser.open("/processes/gcm/uptake");
        assertThat(browser.text("main")).contains("EU 27").contains("Guatemala");
        fits(browser, width, "uptake");
        stacksOnAPhone(browser, "table.uptake", width);
        browser.screenshot(device + "-amendments-5-uptake");

        // The ranking filtered by issue and regional group, through its form.
        new org.openqa.selenium.support.ui.Select(browser.find("#issue"))
                .selectByVisibleText("Climate change as a driver of migration");
        new org.openqa.selenium.support.ui.Select(browser.find("#region")).selectByValue("ASIA_PACIFIC");
        browser.clickAndWait("form.filters button[type=submit]");
        assertThat(browser.url()).contains("issue=climate-driver").contains("region=ASIA_PACIFIC");
        assertThat(browser.text("table.uptake")).contains("Micronesia").doesNotContain("Guatemala");
        fits(browser, width, "uptake filtered");
        browser.screenshot(device + "-amendments-6-uptake-filtered");

        // Uptake by issue and by round on a state's and a group's page.
        for (String actorPage : java.util.List.of("/actors/FSM", "/groups/EU27")) {
            browser.open(actorPage);
            MatrixBrowserTests.js(browser, "document.querySelector('.uptake-section').scrollIntoView()");
            assertThat(browser.text(".uptake-section"))
                    .contains("By issue")
                    .contains("By round")
                    .contains("Round 2");
            browser.screenshot(device + "-amendments-7-section-" + actorPage.substring(actorPage.lastIndexOf('/') + 1));
            fits(browser, width, "proposed language on " + actorPage);
        }

        // The outcome on the paragraph (its history) and on the proposer's page: the EU 27's list of its proposals has
        // the row with the same outcome, linked to the proposal; a card on the phone, a table row on the desktop.
        Long lineage = this.jdbc
                .sql("select lineage_id from draft_node where id = ?")
                .param(paragraph)
                .query(Long.class)
                .single();
        browser.open("/drafts/gcm/paragraphs/" + lineage);
        assertThat(rowWith(browser, "#proposals li", marker).getText()).contains(outcome);
        fits(browser, width, "paragraph history");
        browser.open("/groups/EU27");
        MatrixBrowserTests.js(browser, "document.querySelector('table.actor-proposals').scrollIntoView()");
        WebElement row = rowWith(browser, "table.actor-proposals tbody tr", marker);
        assertThat(row.findElement(By.cssSelector(".outcome")).getText()).isEqualTo(outcome);
        assertThat(row.findElement(By.cssSelector("a[href*='/amendments/']")).getAttribute("href"))
                .endsWith(proposal);
        stacksOnAPhone(browser, "table.actor-proposals", width);
        fits(browser, width, "the EU 27's proposals");
        browser.screenshot(device + "-amendments-8-group-proposals");

        // An anonymous reader sees the same row (its evidence is a written source) and may open the proposal, but the
        // demo's Rev 1 is a draft, closed to them: an outcome inferred from it would tell what it says, so it is
        // pending.
        browser.logOut();
        browser.open("/groups/EU27");
        assertThat(rowWith(browser, "table.actor-proposals tbody tr", marker)
                        .findElement(By.cssSelector(".outcome"))
                        .getText())
                .isEqualTo("pending");
        fits(browser, width, "the EU 27's proposals, anonymous");
        browser.open(proposal);
        assertThat(browser.text(".outcome")).isEqualTo("pending");
        assertThat(browser.findAll("form[action$='/outcome']")).isEmpty();
        fits(browser, width, "proposal, anonymous");
        browser.screenshot(device + "-amendments-9-proposal-anonymous");
    }

    /** The one element of those the selector finds whose text holds the words. */
    private static WebElement rowWith(Browser browser, String css, String words) {
        List<WebElement> rows = browser.findAll(css).stream()
                .filter((e) -> e.getText().contains(words))
                .toList();
        assertThat(rows).as(css + " with " + words).hasSize(1);
        return rows.get(0);
    }

    /**
     * The table's rows are cards on a phone (each cell "label: value") and table rows on a desktop; either way its box
     * does not scroll sideways.
     */
    private static void stacksOnAPhone(Browser browser, String table, int width) {
        String display = (String) MatrixBrowserTests.js(
                browser, "return getComputedStyle(document.querySelector('" + table + " tbody tr')).display");
        assertThat(display).as(table + " rows").isEqualTo((width < 600) ? "block" : "table-row");
        Object sideways = MatrixBrowserTests.js(browser, """
				const box = document.querySelector('%s').closest('.table-scroll');
				return box.scrollWidth - box.clientWidth;""".formatted(table));
        assertThat(((Number) sideways).intValue())
                .as(table + " scrolls sideways by")
                .isLessThanOrEqualTo(0);
    }

    /** The page is no wider than the screen, and axe finds no violation on it (of any impact). */
    static void fits(Browser browser, int width, String what) {
        assertThat(WhereItStandsBrowserTests.pageWidth(browser)).as(what).isLessThanOrEqualTo(width);
        assertThat(axe(browser)).as("axe on " + what).isEmpty();
    }

    /** axe-core's violations on the page as it stands: "impact rule xN targets". */
    static java.util.List<String> axe(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(120));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript(AccessibilityBrowserTests.AXE);
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']}).then((r) => done(r.violations.map((v) =>
				  v.impact + ' ' + v.id + ' x' + v.nodes.length + ' '
				  + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '))));
				""");
        return violations;
    }
}
