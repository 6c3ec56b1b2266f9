package org.plenary.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a note's corrections change what the recogniser found (plain unit test, no database): removed pairs of actor
 * and words go, added words are linked wherever they stand as whole words with the same capitals, and win over a
 * recognised name they overlap.
 */
class MentionCorrectionRulesTests {

    static final ActorRef GEO = new ActorRef(1L, "GEO", "Georgia", ActorKind.STATE, null, "GE");

    static final ActorRef KOR = new ActorRef(2L, "KOR", "Republic of Korea", ActorKind.STATE, null, "KR");

    static final ActorRef PNG = new ActorRef(3L, "PNG", "Papua New Guinea", ActorKind.STATE, null, "PG");

    static final ActorRef GIN = new ActorRef(4L, "GIN", "Guinea", ActorKind.STATE, null, "GN");

    static final Map<Long, ActorRef> ACTORS = Map.of(1L, GEO, 2L, KOR, 3L, PNG, 4L, GIN);

    /**
     * text | recognised (code:start-end, space separated) | corrections (KIND:code:words; semicolon separated) |
     * expected (code:written, space separated)
     */
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // nothing to correct: what was found stays
                "Georgia spoke.|GEO:0-7||GEO:Georgia",
                // "not this actor": every occurrence of those words for that actor goes
                "Georgia Smith of IOM; Georgia again.|GEO:0-7 GEO:22-29|REMOVE:GEO:Georgia|",
                // a removal names the words as written: another spelling stays linked
                "Georgia and GEORGIA.|GEO:0-7 GEO:12-19|REMOVE:GEO:Georgia|GEO:GEORGIA",
                // a removal for another actor changes nothing
                "Georgia spoke.|GEO:0-7|REMOVE:KOR:Georgia|GEO:Georgia",
                // "link a name": every whole-word occurrence, same capitals
                "Korea spoke; then Korea again, not korea nor Koreans.||ADD:KOR:Korea|KOR:Korea KOR:Korea",
                // an added name wins over a recognised one it overlaps
                "Papua New Guinea spoke.|GIN:10-16|ADD:PNG:Papua New Guinea|PNG:Papua New Guinea",
                // the longest added words first
                "Papua New Guinea and Guinea.||ADD:GIN:Guinea;ADD:PNG:Papua New Guinea|PNG:Papua New Guinea GIN:Guinea",
                // words that are not in the text link nothing
                "Georgia spoke.|GEO:0-7|ADD:KOR:Korea|GEO:Georgia",
                // words inside a longer word are not a name
                "Georgian wine.||ADD:GEO:Georgia|",
            })
    void corrections_apply_to_what_the_recogniser_found(
            String text, String recognised, String corrections, String expected) {
        List<NameDictionary.Found> found = new ArrayList<>();
        if (recognised != null) {
            for (String r : recognised.split(" ")) {
                String[] p = r.split("[:-]");
                int start = Integer.parseInt(p[1]);
                int end = Integer.parseInt(p[2]);
                found.add(new NameDictionary.Found(start, end, text.substring(start, end), actor(p[0])));
            }
        }
        List<MentionCorrection> list = new ArrayList<>();
        if (corrections != null) {
            for (String c : corrections.split(";")) {
                String[] p = c.split(":", 3);
                list.add(new MentionCorrection(
                        MentionCorrection.Kind.valueOf(p[0]), actor(p[1]).id(), p[2]));
            }
        }
        List<String> result = MentionCorrection.apply(text, found, list, ACTORS).stream()
                .map((f) -> {
                    assertThat(text.substring(f.start(), f.end())).isEqualTo(f.written());
                    return f.actor().code() + ":" + f.written();
                })
                .toList();
        assertThat(String.join(" ", result)).isEqualTo((expected != null) ? expected : "");
    }

    private static ActorRef actor(String code) {
        return ACTORS.values().stream()
                .filter((a) -> a.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
