package org.plenary.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator records a proposal from the demo's 14 March note, at 1366 px and on a 390 px phone: the note suggests
 * the EU 27's "fundamental human rights" should read "human rights and fundamental freedoms", already proposed on two
 * paragraphs of the Zero Draft Plus and not on the third (the test sets the demo's proposal there aside); "Record
 * proposal" opens the form pre-filled with the paragraph, the words, Austria for the EU 27 and the note; the proposal
 * page cites the note; the note then says the wording is recorded everywhere. "Propose a change citing this note" opens
 * the reader carrying the note. No page scrolls sideways, and axe finds nothing on any of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class NoteProposalBrowserTests {

    private static final String SET_ASIDE = "|set aside by NoteProposalBrowserTests";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_coordinator_records_the_proposal_a_note_suggests_on_a_desktop() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            journey(browser, "desktop", 1366);
        }
    }

    @Test
    void a_coordinator_records_the_proposal_a_note_suggests_on_a_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            journey(phone, "phone", 390);
        }
    }

    private void journey(Browser browser, String device, int width) {
        Long note = this.jdbc
                .sql("select id from note where title = 'Round 2, day 3: review and firewalls'")
                .query(Long.class)
                .single();
        Long demo = this.jdbc.sql("""
				select a.id from amendment a join draft_node n on n.id = a.node_id
				join draft_revision r on r.id = a.revision_id
				where r.label like 'Zero Draft Plus%' and n.text like '3. Refugees and migrants%'
				  and a.target = 'fundamental human rights'
				""").query(Long.class).single();
        this.jdbc
                .sql("update amendment set identity_key = identity_key || ? where id = ?")
                .params(SET_ASIDE, demo)
                .update();
        try {
            steps(browser, device, width, note);
        } finally {
            // The demo's proposals stay as they were for the page tests that count them.
            this.jdbc.sql("""
					delete from amendment where id in (select x.amendment_id from amendment_actor x
					where x.note_id = ? and x.role = 'PROPONENT')
					""").param(note).update();
            this.jdbc
                    .sql("update amendment set identity_key = replace(identity_key, ?, '') where id = ?")
                    .params(SET_ASIDE, demo)
                    .update();
        }
    }

    private void steps(Browser browser, String device, int width, Long note) {
        browser.logIn("coordinator", "plenary-demo");
        browser.open("/notes/" + note);
        WebElement suggestion = suggestion(browser);
        assertThat(suggestion
                        .findElement(org.openqa.selenium.By.cssSelector(".who"))
                        .getText())
                .isEqualTo("Austria on behalf of EU 27");
        assertThat(suggestion.findElements(org.openqa.selenium.By.cssSelector("a.recorded-proposal")))
                .hasSize(2);
        MatrixBrowserTests.js(browser, "document.getElementById('proposal-suggestions').scrollIntoView()");
        AmendmentsJourneyBrowserTests.fits(browser, width, "note with suggestions");
        browser.screenshot(device + "-note-proposal-1-note");

        // Record proposal: the form, pre-filled; the only paragraph left is shown, not offered as a choice.
        browser.clickAndWait("#proposal-suggestions a.button");
        assertThat(browser.text("blockquote.paragraph")).startsWith("3. Refugees and migrants");
        assertThat(browser.find("#target").getAttribute("value")).isEqualTo("fundamental human rights");
        assertThat(browser.find("#words").getAttribute("value")).isEqualTo("human rights and fundamental freedoms");
        assertThat(browser.find("#speaker").getAttribute("value")).isEqualTo("Austria");
        assertThat(browser.find("#onBehalfOf").getAttribute("value")).isEqualTo("EU 27");
        assertThat(browser.find("#statedOn").getAttribute("value")).isEqualTo("2018-03-14");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find("#noteId"))
                        .getFirstSelectedOption()
                        .getText())
                .contains("Round 2, day 3: review and firewalls");
        AmendmentsJourneyBrowserTests.fits(browser, width, "form from the note");
        browser.screenshot(device + "-note-proposal-2-form");
        browser.clickAndWait("form[action$='/amendments/new'] button[type=submit]");

        // The proposal page cites the note.
        assertThat(browser.url()).matches(".*/drafts/gcm/amendments/\\d+$");
        assertThat(browser.text("a.cited-note")).isEqualTo("Daily note: Round 2, day 3: review and firewalls");
        assertThat(browser.find("a.cited-note").getAttribute("href")).endsWith("/notes/" + note);
        assertThat(browser.text("main")).contains("EU 27 (by Austria)");
        AmendmentsJourneyBrowserTests.fits(browser, width, "proposal citing the note");
        browser.screenshot(device + "-note-proposal-3-proposal");

        // Back on the note: recorded everywhere, nothing left to record.
        browser.clickAndWait("a.cited-note");
        suggestion = suggestion(browser);
        assertThat(suggestion.getText()).contains("Recorded on every paragraph that holds the words.");
        assertThat(browser.findAll("#proposal-suggestions a.button")).isEmpty();

        // Propose a change citing this note: the reader of the Zero Draft Plus, carrying the note.
        browser.clickAndWait("a.propose-from-note");
        assertThat(browser.text(".proposing-from-note")).contains("Round 2, day 3: review and firewalls");
        assertThat(browser.find(".draft-text").getAttribute("data-propose")).endsWith("?note=" + note);
        AmendmentsJourneyBrowserTests.fits(browser, width, "reader from the note");
        browser.screenshot(device + "-note-proposal-4-reader");
    }

    private static WebElement suggestion(Browser browser) {
        return browser.findAll("#proposal-suggestions li.proposal-suggestion").stream()
                .filter((li) -> li.getText().contains("fundamental human rights"))
                .findFirst()
                .orElseThrow();
    }
}
