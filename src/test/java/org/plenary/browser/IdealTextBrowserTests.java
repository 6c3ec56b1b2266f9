package org.plenary.browser;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import org.plenary.TestDatabaseInitializer;
import org.plenary.amendments.ActorRole;
import org.plenary.amendments.AmendmentRecorder;
import org.plenary.amendments.ProposalDraft;
import org.plenary.amendments.StatementDraft;
import org.plenary.amendments.outcome.ProposalKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate (signed in: the demo's Rev 1 is still a draft revision) at 1366 px and on a 390 px phone: from the EU 27's page ("Proposed language") to its ideal
 * text of the illustrative Zero Draft Plus compared with Rev 1, then the compare page of the two revisions with the
 * paragraphs' proposals marked and the proposals each changed paragraph adopted, then Armenia's ideal text with two
 * new paragraphs after one paragraph, named as a collision. No page scrolls sideways, and axe
 * finds nothing on any of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class IdealTextBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AmendmentRecorder recorder;

    @Test
    void a_delegate_reads_the_eu_ideal_text_on_a_desktop() {
        try (Browser browser = new Browser("http://localhost:" + this.port, 1366, 900)) {
            journey(browser, "desktop", 1366);
        }
    }

    @Test
    void a_delegate_reads_the_eu_ideal_text_on_a_phone() {
        try (Browser phone = Browser.phone("http://localhost:" + this.port, 390, 844)) {
            journey(phone, "phone", 390);
        }
    }

    private void journey(Browser browser, String device, int width) {
        browser.logIn("viewer", "plenary-demo");
        browser.open("/groups/EU27");
        browser.clickAndWait(".uptake-section .ideal-links a");
        assertThat(browser.url()).contains("/ideal?actor=EU27");
        String page = browser.text("main");
        assertThat(page)
                .contains("Ideal text of EU 27")
                .contains("Compared with Rev 1")
                .contains("human rights and fundamental freedoms");
        fits(browser, width, "ideal text");
        browser.screenshot(device + "-ideal-1-side");
        MatrixBrowserTests.js(
                browser, "document.querySelector('.comparison .row.changed').scrollIntoView({block: 'center'})");
        browser.screenshot(device + "-ideal-1b-side-changes");
        browser.open(browser.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*", "") + "&view=inline&only=true");
        fits(browser, width, "ideal text, inline");
        browser.screenshot(device + "-ideal-2-inline");

        // The compare page of the same revisions: proposals marked, and what each changed paragraph adopted.
        browser.open("/drafts/gcm/compare?from=Zero Draft Plus (illustrative)&to=Rev 1 (illustrative)&only=true");
        assertThat(browser.text("main")).contains("Adopts:").contains("girls, boys and adolescents");
        fits(browser, width, "compare with marks");
        MatrixBrowserTests.js(
                browser, "document.querySelector('.comparison .adopted').scrollIntoView({block: 'center'})");
        browser.screenshot(device + "-ideal-3-compare-marks");

        collision(browser, device, width);
    }

    /**
     * Armenia asks, besides the demo's Charter paragraph after paragraph 1, for another new paragraph there: the page
     * names the collision and adds neither. The added proposal is deleted again (page tests count the demo's).
     */
    private void collision(Browser browser, String device, int width) {
        Long paragraph = this.jdbc.sql("""
				select n.id from draft_node n join draft_revision r on r.id = n.revision_id
				join draft_document d on d.id = r.document_id join process p on p.id = d.process_id
				where p.slug = 'gcm' and r.label like 'Zero Draft Plus%' and n.text like '1. We, the Heads of State%'
				""").query(Long.class).single();
        String words = "The compact is guided by the Charter in all its parts (browser "
                + UUID.randomUUID().toString().substring(0, 6) + ").";
        try {
            this.recorder.propose(
                    "gcm",
                    new ProposalDraft(paragraph, ProposalKind.NEW_PARAGRAPH, null, 0, words, null),
                    new StatementDraft(
                            "Armenia",
                            null,
                            ActorRole.PROPONENT,
                            LocalDate.of(2018, 3, 14),
                            null,
                            "Browser test",
                            null),
                    "analyst");
            browser.open("/drafts/gcm/ideal?actor=ARM");
            assertThat(browser.text("#collisions + p + ul.collisions"))
                    .contains("UN Charter")
                    .contains("guided by the Charter")
                    .endsWith("both add a paragraph after 1");
            fits(browser, width, "ideal text with a collision");
            MatrixBrowserTests.js(browser, "document.getElementById('collisions').scrollIntoView()");
            browser.screenshot(device + "-ideal-4-collision");
        } finally {
            this.jdbc.sql("delete from amendment where words = ?").param(words).update();
        }
    }

    private static void fits(Browser browser, int width, String what) {
        assertThat(WhereItStandsBrowserTests.pageWidth(browser)).as(what).isLessThanOrEqualTo(width);
        assertThat(AmendmentsJourneyBrowserTests.axe(browser))
                .as("axe on " + what)
                .isEmpty();
    }
}
