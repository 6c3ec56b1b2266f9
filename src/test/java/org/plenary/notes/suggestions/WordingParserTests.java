package org.plenary.notes.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wording a note's prose proposes, table-driven: each sentence and what must come of it, written as
 * {@code kind [target] -> [words]} and several joined by {@code ; }, or nothing. The forms of the daily updates with
 * straight and curly quotes, several proposals in one sentence, and ordinary prose (quotes, "delete", "insert",
 * "replace" without quoted words, negations) that proposes nothing.
 */
class WordingParserTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # round2-daily-updates.txt, 14 March, curly quotes
            EU 27 found inconsistent terminology of “child”, “minor”, “adolescent” – “fundamental human rights” should read “human rights and fundamental freedoms” – objecting to change of “migrants” to “workers”. | replace [fundamental human rights] -> [human rights and fundamental freedoms]
            Austria, on behalf of the EU 27, said "fundamental human rights" should read "human rights and fundamental freedoms". | replace [fundamental human rights] -> [human rights and fundamental freedoms]
            They said “the child” should be replaced by “girls, boys and adolescents”. | replace [the child] -> [girls, boys and adolescents]
            Guatemala asked to replace “children, minors and adolescents” with “girls, boys and adolescents”. | replace [children, minors and adolescents] -> [girls, boys and adolescents]
            Bangladesh proposed replacing "is lawful" by "should be based on lawful measures". | replace [is lawful] -> [should be based on lawful measures]
            Replace the words "migrant workers" with the words "migrants". | replace [migrant workers] -> [migrants]
            Armenia asked to delete “legally binding”. | delete [legally binding] -> []
            Norway: "firewalls" should be deleted. | delete [firewalls] -> []
            The African Group wanted to insert "xenophobia and" after "combat". | insert [combat] -> [xenophobia and]
            Micronesia proposed adding “slow-onset and” after “including” in 18(h). | insert [including] -> [slow-onset and]
            Mixed quotes: replace "regular" with “irregular”. | replace [regular] -> [irregular]
            Emphasis: **“fundamental human rights”** should read **“human rights and fundamental freedoms,”** | replace [fundamental human rights] -> [human rights and fundamental freedoms]
            # several in one sentence
            The EU 27 asked to replace "minor" with "child" and delete "unaccompanied", and “girls” should read “girls and boys”. | replace [minor] -> [child]; delete [unaccompanied] -> []; replace [girls] -> [girls and boys]
            Insert "safe" after "ensure" and insert "orderly" after "safe". | insert [ensure] -> [safe]; insert [safe] -> [orderly]
            # no false positives on ordinary prose
            Almost all countries reaffirmed NY Declaration commitment to human rights for migrants “regardless of status.” |
            Want all references to refugees deleted from text. |
            They proposed that these climate-related drivers of migration be inserted into the text wherever climate change is mentioned. |
            Objecting to change of “migrants” to “workers”. |
            Japan did not want to delete “detention as a last resort”. |
            The EU 27 objected to replacing "migrants" with "workers". |
            Australia: avoiding the word “monitor”, preferring “track”. |
            She said “we must reaffirm that states have the obligation to protect the HR of all individuals.” |
            They would replace the review forum with a dialogue. |
            Iceland recommended the following language: “lack of livelihood means”, “when onsite adaptation is not suitable”. |
            """)
    void each_sentence_yields_its_wording_or_none(String sentence, String expected) {
        assertThat(describe(WordingParser.parse(sentence))).isEqualTo((expected == null) ? "" : expected);
    }

    @Test
    void offsets_name_the_sentence_in_the_text() {
        String text =
                "# Day 3\n\n- Norway spoke.\n- Austria said “fundamental human rights” should read “human rights”. Then"
                        + " lunch.";
        List<WordingParser.Wording> found = WordingParser.parse(text);
        assertThat(found).hasSize(1);
        WordingParser.Wording w = found.get(0);
        assertThat(text.substring(w.start(), w.end())).isEqualTo(w.sentence());
        assertThat(w.sentence()).isEqualTo("Austria said “fundamental human rights” should read “human rights”.");
        assertThat(w.change().apiName()).isEqualTo("replace");
    }

    @Test
    void the_whole_daily_updates_propose_only_the_eu_27_wording() throws IOException {
        String briefs;
        try (InputStream in = getClass().getResourceAsStream("/seeds/round2-daily-updates.txt")) {
            briefs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(describe(WordingParser.parse(briefs)))
                .isEqualTo("replace [fundamental human rights] -> [human rights and fundamental freedoms]");
    }

    static String describe(List<WordingParser.Wording> wordings) {
        return wordings.stream()
                .map((w) -> w.change().apiName() + " [" + w.target() + "] -> [" + w.words() + "]")
                .collect(Collectors.joining("; "));
    }
}
