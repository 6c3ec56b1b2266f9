package org.plenary.notes.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes of ENB-style prose, on the parser alone (no Spring, no database): a toy list of names stands for the
 * recogniser, so each row shows one shape and what it yields. The real briefs and the real recogniser are in {@link
 * InterventionSuggestionTests}.
 */
class SuggestionParserTests {

    /** Name -> code; codes in capitals ending in "G" (or EU...) are groups. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("Austria", "AUT"),
            Map.entry("Sudan", "SDN"),
            Map.entry("South Sudan", "SSD"),
            Map.entry("Comoros", "COM"),
            Map.entry("Norway", "NOR"),
            Map.entry("Iceland", "ISL"),
            Map.entry("Russia", "RUS"),
            Map.entry("Brazil", "BRA"),
            Map.entry("Mexico", "MEX"),
            Map.entry("Chile", "CHL"),
            Map.entry("Peru", "PER"),
            Map.entry("Philippines", "PHL"),
            Map.entry("EU 27", "EU27"),
            Map.entry("EU", "EU"),
            Map.entry("G-77/China", "G77"),
            Map.entry("African Group", "AG"),
            Map.entry("AG", "AG"));

    private static final Set<String> GROUPS = Set.of("EU27", "EU", "G77", "AG", "PAC");

    private final SuggestionParser parser =
            new SuggestionParser((members) -> members.equals(Set.of("BRA", "MEX", "CHL", "PER")) ? "PAC" : null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Austria, on behalf of the EU 27, said the text must change.|AUT/EU27",
                "Austria on behalf of the EU 27 said so.|AUT/EU27",
                "Sudan, for the G-77/China, said the fund is vital.|SDN/G77",
                "South Sudan, for the G-77/China, said so.|SSD/G77",
                "Comoros (for the African Group) asked for a fund.|COM/AG",
                "Comoros for the African Group asked for a fund.|COM/AG",
                "The African Group, represented by Comoros, asked for a fund.|COM/AG",
                "The African Group (Comoros) asked for a fund.|COM/AG",
                "Austria (EU) also spoke.|AUT/EU",
                "On behalf of the EU 27, the delegate from Austria began.|AUT/EU27",
                "On behalf of the EU 27, Austria began.|AUT/EU27",
                "The delegate from Austria, speaking on behalf of the EU 27, began.|AUT/EU27",
                "**Austria**, on behalf of the _EU 27_, said so.|AUT/EU27",
                "Austria, on behalf of the Nordic countries, said so.|AUT/?Nordic countries",
                "On behalf of a group of countries, including Brazil, Mexico, Chile and Peru, the delegate from the Philippines spoke.|PHL/PAC",
                "On behalf of a group of countries, including Brazil and Mexico, the delegate from the Philippines spoke.|PHL/?a group of countries",
                "Norway proposed a principle, supported by Iceland and Austria, opposed by Russia.|NOR/+ISL+AUT-RUS",
                "Austria, on behalf of the EU 27, proposed it, supported by Norway.|AUT/EU27+NOR",
                "Brazil, the Philippines (on its own behalf), and Mexico spoke.|PHL/",
                "Norway spoke; Austria, for the EU 27, and Sudan, for the G-77/China, agreed.|AUT/EU27;SDN/G77",
                "Comoros spoke for the African Group.|COM/AG",
                "The Philippines spoke for an inter-regional group of 18 states on the framing.|PHL/?an inter-regional group of 18 states",
                "Comoros spoke for the first time.|-",
                "Austria emphasized the possibility of forced return, for dealing with migrants.|-",
                "Norway proposed a principle.|-",
                "The principle was supported by a coordinated UN system.|-",
                "It was opposed by Russia.|-",
                "The African Group asked for a fund.|-",
                "Austria for Norway said so.|-",
                "Mr. Smith, on behalf of the EU 27, spoke.|-",
            })
    void reads_each_shape(String sentence, String expected) {
        assertThat(describe(this.parser.suggest(sentence, names(sentence)))).isEqualTo(expected);
    }

    @Test
    void several_sentences_keep_their_offsets_and_stop_only_at_a_sentence_end() {
        String text = "Day 2. Amb. Lauber spoke.\n· Austria, on behalf of the EU 27, said so. Then Sudan, for the "
                + "G-77/China, agreed (e.g. on the fund).";
        List<SuggestionParser.Suggestion> found = this.parser.suggest(text, names(text));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).sentence()).isEqualTo("Austria, on behalf of the EU 27, said so.");
        assertThat(text.substring(found.get(0).start(), found.get(0).end()))
                .isEqualTo(found.get(0).sentence());
        assertThat(found.get(1).sentence()).isEqualTo("Then Sudan, for the G-77/China, agreed (e.g. on the fund).");
    }

    @Test
    void a_text_without_names_yields_nothing() {
        assertThat(this.parser.suggest("On behalf of everyone, the chair thanked the delegates.", List.of()))
                .isEmpty();
        assertThat(this.parser.suggest("", List.of())).isEmpty();
    }

    static String describe(List<SuggestionParser.Suggestion> found) {
        if (found.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        for (SuggestionParser.Suggestion s : found) {
            StringBuilder b = new StringBuilder(s.actor()).append('/');
            if (s.onBehalfOf() != null) {
                b.append(s.onBehalfOf());
            }
            s.unresolved().forEach((u) -> b.append('?').append(u));
            s.supporters().forEach((c) -> b.append('+').append(c));
            s.opponents().forEach((c) -> b.append('-').append(c));
            parts.add(b.toString());
        }
        return String.join(";", parts);
    }

    /** The toy recogniser: longest name first, whole words, left to right, no overlaps. */
    private static List<SuggestionParser.Name> names(String text) {
        List<String> byLength = NAMES.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<SuggestionParser.Name> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        for (String name : byLength) {
            int at = text.indexOf(name);
            while (at >= 0) {
                int end = at + name.length();
                boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean free = true;
                for (int i = at; i < end; i++) {
                    free &= !taken[i];
                }
                if (word && free) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    String code = NAMES.get(name);
                    found.add(new SuggestionParser.Name(at, end, code, GROUPS.contains(code)));
                }
                at = text.indexOf(name, at + 1);
            }
        }
        return found;
    }
}
