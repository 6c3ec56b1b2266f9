package org.plenary.amendments.outcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

import org.plenary.diff.Paragraphs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The outcome rule, table-driven. The GCM cases take the proposals' wording from the round 2 daily updates
 * ({@code amendments/round2-proposals-excerpt.txt}) and the paragraphs from the illustrative Zero Draft Plus and Rev 1
 * of the demo data.
 */
class AmendmentOutcomesTests {

    private static final List<String> ZERO_PLUS = Paragraphs.split(resource("demo/drafts/2-zero-draft-plus.txt"));

    private static final List<String> REV_1 = Paragraphs.split(resource("demo/drafts/3-rev-1.txt"));

    private static final String EXCERPT = resource("amendments/round2-proposals-excerpt.txt");

    record Case(
            String name,
            ProposedChange change,
            String earlier,
            List<String> successors,
            Outcome outcome,
            double share) {

        @Override
        public String toString() {
            return this.name;
        }
    }

    static Stream<Case> gcmCases() {
        return Stream.of(
                new Case(
                        "EU 27: 'fundamental human rights' should read 'human rights and fundamental freedoms' (2.)",
                        ProposedChange.replace("fundamental human rights", "human rights and fundamental freedoms"),
                        zeroPlus("2. "),
                        List.of(rev1("2. ")),
                        Outcome.VERBATIM,
                        1),
                new Case(
                        "EU 27, same words in 3., moved to the guiding principles and renumbered 5.",
                        ProposedChange.replace("fundamental human rights", "human rights and fundamental freedoms"),
                        zeroPlus("3. "),
                        List.of(rev1("5. ")),
                        Outcome.VERBATIM,
                        1),
                new Case(
                        "EU 27: 'workers' should read 'migrants' again (9(b)), the passage rewritten around it in Rev 1",
                        ProposedChange.replace("migrant workers", "migrants"),
                        zeroPlus("(b) Protect the fundamental"),
                        List.of(rev1("(b) Protect the fundamental")),
                        Outcome.OVERTAKEN,
                        0),
                new Case(
                        "African Group: mention xenophobia and discrimination in 14(c), which Rev 1 dropped",
                        ProposedChange.insert(
                                "sports, music and arts", "and campaigns against xenophobia and discrimination"),
                        zeroPlus("(c) Support multicultural"),
                        REV_1.stream()
                                .filter((p) -> p.startsWith("(c) Support multicultural"))
                                .toList(),
                        Outcome.DELETED,
                        0),
                new Case(
                        "EU 27, same words in 9(b), left as they were",
                        ProposedChange.replace("fundamental human rights", "human rights and fundamental freedoms"),
                        zeroPlus("(b) Protect the fundamental"),
                        List.of(rev1("(b) Protect the fundamental")),
                        Outcome.NOT_ADOPTED,
                        0),
                new Case(
                        "Guatemala: 'girls, boys and adolescents' for 'children, minors and adolescents' (9(a))",
                        ProposedChange.replace("children, minors and adolescents", "girls, boys and adolescents"),
                        zeroPlus("(a) Establish comprehensive"),
                        List.of(rev1("(a) Establish comprehensive")),
                        Outcome.VERBATIM,
                        1),
                new Case(
                        "Guatemala: first 'the child' of 5(c)",
                        ProposedChange.replace("the child", "girls, boys and adolescents"),
                        zeroPlus("(c) Child-sensitive"),
                        List.of(rev1("(c) Child-sensitive")),
                        Outcome.VERBATIM,
                        1),
                new Case(
                        "Guatemala: second 'the child' of 5(c), kept",
                        ProposedChange.replace("the child", "girls, boys and adolescents")
                                .at(1),
                        zeroPlus("(c) Child-sensitive"),
                        List.of(rev1("(c) Child-sensitive")),
                        Outcome.NOT_ADOPTED,
                        0),
                new Case(
                        "Bangladesh: 'detention should be based on lawful measures' (10.), reworded by Rev 1",
                        ProposedChange.replace("is lawful", "should be based on lawful measures"),
                        zeroPlus("10. "),
                        List.of(rev1("11. ")),
                        Outcome.PARTIAL,
                        3.0 / 5),
                new Case(
                        "Micronesia: slow as well as sudden onset (7(c))",
                        ProposedChange.insert("resilience strategies to", "slow-onset and"),
                        zeroPlus("(c) Develop adaptation"),
                        List.of(rev1("(c) Develop adaptation")),
                        Outcome.VERBATIM,
                        1),
                new Case(
                        "Micronesia: particularly intense storms (7(c))",
                        ProposedChange.insert("natural disasters", "and climate events, particularly intense storms"),
                        zeroPlus("(c) Develop adaptation"),
                        List.of(rev1("(c) Develop adaptation")),
                        Outcome.PARTIAL,
                        5.0 / 6),
                new Case(
                        "Delete 'minors and' from 9(a): Rev 1 rewrote the words around, 'and' stays",
                        ProposedChange.delete("minors and"),
                        zeroPlus("(a) Establish comprehensive"),
                        List.of(rev1("(a) Establish comprehensive")),
                        Outcome.PARTIAL,
                        0.5),
                new Case(
                        "Delete paragraph 3., which Rev 1 kept (moved)",
                        ProposedChange.deleteParagraph(),
                        zeroPlus("3. "),
                        List.of(rev1("5. ")),
                        Outcome.NOT_ADOPTED,
                        0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gcmCases")
    void gcmProposalsAgainstTheIllustrativeRevisions(Case c) {
        AmendmentOutcome outcome = AmendmentOutcomes.decide(c.change(), c.earlier(), c.successors());

        assertThat(outcome.outcome()).as(outcome.toString()).isEqualTo(c.outcome());
        assertThat(outcome.share()).isCloseTo(c.share(), within(1e-9));
    }

    @Test
    void theProposalsQuoteTheDailyUpdates() {
        assertThat(EXCERPT)
                .contains("“fundamental human rights” should read “human rights and fundamental freedoms”")
                .contains("“girls, boys and adolescents”")
                .contains("“detention should be based on lawful measures”")
                .contains("slow as well as sudden onset event, particularly intense storms")
                .contains("This global compact rests on the purposes and principles of the UN Charter");
    }

    @Test
    void theEvidenceIsTheSuccessorsWordsAtThePlace() {
        AmendmentOutcome bangladesh = AmendmentOutcomes.decide(
                ProposedChange.replace("is lawful", "should be based on lawful measures"),
                zeroPlus("10. "),
                List.of(rev1("11. ")));

        assertThat(bangladesh.found()).isEqualTo("is based on lawful measures");
        assertThat(bangladesh.matched()).isEqualTo("based on measures");
        assertThat(bangladesh.reason()).isEqualTo(Reason.SOME_NEW_WORDS);
    }

    @Test
    void aParagraphWithoutSuccessorTakesItsProposalsWithIt() {
        AmendmentOutcome outcome = AmendmentOutcomes.decide(
                ProposedChange.replace("sports, music and arts", "sports and culture"),
                zeroPlus("(c) Support multicultural"),
                List.of());

        assertThat(outcome.outcome()).isEqualTo(Outcome.DELETED);
        assertThat(outcome.reason()).isEqualTo(Reason.NO_SUCCESSOR);
    }

    @Test
    void aParagraphProposedForDeletionAndGoneWasAdopted() {
        assertThat(AmendmentOutcomes.decide(
                                ProposedChange.deleteParagraph(), zeroPlus("(c) Support multicultural"), List.of())
                        .outcome())
                .isEqualTo(Outcome.VERBATIM);
    }

    @Test
    void aRewrittenParagraphOvertakesTheProposal() {
        String earlier = "10. We commit to ensure that any detention in the context of international migration is"
                + " lawful and for the shortest possible period.";
        String successor = "11. Detention of migrants shall only ever be used as a last resort, subject to"
                + " independent review within forty-eight hours.";

        AmendmentOutcome outcome = AmendmentOutcomes.decide(
                ProposedChange.replace("is lawful", "should be based on lawful measures"), earlier, List.of(successor));

        assertThat(outcome.outcome()).isEqualTo(Outcome.OVERTAKEN);
        assertThat(outcome.reason()).isEqualTo(Reason.CONTEXT_REWRITTEN);
    }

    @Test
    void targetReplacedByOtherWordsIsAdoptedInPartWithShareZero() {
        AmendmentOutcome outcome = AmendmentOutcomes.decide(
                ProposedChange.replace("fundamental human rights", "human rights and fundamental freedoms"),
                "2. This draft compact rests on the fundamental human rights of all migrants.",
                List.of("2. This draft compact rests on the universal entitlements of all migrants."));

        assertThat(outcome.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(outcome.share()).isZero();
        assertThat(outcome.reason()).isEqualTo(Reason.TARGET_REPLACED_OTHERWISE);
        assertThat(outcome.found()).isEqualTo("universal entitlements");
    }

    @Test
    void verbatimWithRewordedNeighboursAround() {
        AmendmentOutcome outcome = AmendmentOutcomes.decide(
                ProposedChange.replace("fundamental human rights", "human rights and fundamental freedoms"),
                "2. This draft compact rests on the fundamental human rights of all migrants, regardless of status.",
                List.of("3. The global compact is founded on the human rights and fundamental freedoms of every"
                        + " migrant, regardless of migration status."));

        assertThat(outcome.outcome()).isEqualTo(Outcome.VERBATIM);
    }

    @Test
    void aSplitParagraphStillFindsTheWordsInEitherHalf() {
        String earlier = "(c) Protect the rights of the child at all times, and end the practice of child detention.";
        List<String> halves = List.of(
                "(c) Protect the rights of girls, boys and adolescents at all times.",
                "(d) End the practice of child detention.");

        assertThat(AmendmentOutcomes.decide(
                                ProposedChange.replace("the child", "girls, boys and adolescents"), earlier, halves)
                        .outcome())
                .isEqualTo(Outcome.VERBATIM);
        assertThat(AmendmentOutcomes.decide(
                                ProposedChange.insert("practice of child detention", "in all circumstances"),
                                earlier,
                                halves)
                        .outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(AmendmentOutcomes.decide(
                                ProposedChange.replace("end the practice", "work to end the practice"), earlier, halves)
                        .outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void twoProposalsOnTheSameWordsGetTheirOwnOutcomes() {
        String earlier = zeroPlus("2. ");
        List<String> successor = List.of(rev1("2. "));

        AmendmentOutcome eu = AmendmentOutcomes.decide(
                ProposedChange.replace("fundamental human rights", "human rights and fundamental freedoms"),
                earlier,
                successor);
        AmendmentOutcome other = AmendmentOutcomes.decide(
                ProposedChange.replace("fundamental human rights", "inalienable human rights"), earlier, successor);

        assertThat(eu.outcome()).isEqualTo(Outcome.VERBATIM);
        assertThat(other.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(other.share()).isZero();
        assertThat(other.found()).isEqualTo("human rights and fundamental freedoms");
    }

    @Test
    void deletingWordsIsVerbatimWhenTheyAreGoneAndNothingCameIn() {
        String earlier = "We commit to respond to the needs of all migrants who face situations of vulnerability.";

        assertThat(AmendmentOutcomes.decide(
                                ProposedChange.delete("all"),
                                earlier,
                                List.of("We commit to respond to the needs of migrants who face situations of"
                                        + " vulnerability."))
                        .outcome())
                .isEqualTo(Outcome.VERBATIM);
        assertThat(AmendmentOutcomes.decide(ProposedChange.delete("all"), earlier, List.of(earlier))
                        .outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void insertingIntoARewrittenPassageIsOvertaken() {
        AmendmentOutcome outcome = AmendmentOutcomes.decide(
                ProposedChange.insert("sudden-onset natural disasters", "and slow-onset events"),
                "(c) Develop adaptation and resilience strategies to sudden-onset natural disasters.",
                List.of("(c) Build early warning systems for coastal communities exposed to storms."));

        assertThat(outcome.outcome()).isEqualTo(Outcome.OVERTAKEN);
    }

    @Test
    void caseAndPunctuationDoNotMatterButMissingWordsAreRefused() {
        String paragraph = zeroPlus("2. ");

        AmendmentOutcomes.check(ProposedChange.replace("Fundamental Human-Rights", "human rights"), paragraph);
        assertThatThrownBy(() -> AmendmentOutcomes.check(
                        ProposedChange.replace("human rights and fundamental freedoms", "x"), paragraph))
                .isInstanceOf(TargetNotFoundException.class)
                .hasMessageContaining("do not occur");
        assertThatThrownBy(() -> AmendmentOutcomes.check(
                        ProposedChange.replace("fundamental human rights", "x").at(1), paragraph))
                .isInstanceOf(TargetNotFoundException.class);
        assertThatThrownBy(() -> AmendmentOutcomes.check(ProposedChange.insert("migrants", " ; "), paragraph))
                .isInstanceOf(TargetNotFoundException.class)
                .hasMessageContaining("no words");
        assertThatThrownBy(() -> AmendmentOutcomes.check(ProposedChange.delete(""), paragraph))
                .isInstanceOf(TargetNotFoundException.class);
    }

    @Test
    void armeniasCharterParagraphWasNotAdoptedByRev1() {
        List<String> newInRev1 = List.of(rev1("3. "));

        AmendmentOutcome outcome = AmendmentOutcomes.decideNewParagraph(
                "This global compact rests on the purposes and principles of the UN Charter.", newInRev1);

        assertThat(outcome.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(outcome.reason()).isEqualTo(Reason.NO_SIMILAR_NEW_PARAGRAPH);
        assertThat(outcome.share()).isLessThan(AmendmentOutcomes.NEW_PARAGRAPH_THRESHOLD);
    }

    @Test
    void aNewParagraphCloseEnoughIsAdoptedAndTheClosestOneIsNamed() {
        List<String> candidates = List.of(
                "3. This draft compact is a non-legally binding cooperative framework.",
                "16. The compact rests on the purposes and principles of the Charter of the United Nations.");

        AmendmentOutcome reworded = AmendmentOutcomes.decideNewParagraph(
                "This global compact rests on the purposes and principles of the UN Charter.", candidates);
        AmendmentOutcome same = AmendmentOutcomes.decideNewParagraph(
                "The compact rests on the purposes and principles of the Charter of the United Nations", candidates);

        assertThat(reworded.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(reworded.paragraphIndex()).isEqualTo(1);
        assertThat(reworded.share()).isGreaterThanOrEqualTo(AmendmentOutcomes.NEW_PARAGRAPH_THRESHOLD);
        assertThat(same.outcome()).isEqualTo(Outcome.VERBATIM);
        assertThat(AmendmentOutcomes.decideNewParagraph("Anything at all.", List.of())
                        .outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    static Stream<Arguments> aroundTheThreshold() {
        // 10 proposed words; a candidate sharing k of them plus (10 - k) others has Dice k / 10.
        return Stream.of(
                Arguments.of(7, Outcome.PARTIAL),
                Arguments.of(6, Outcome.PARTIAL),
                Arguments.of(5, Outcome.NOT_ADOPTED),
                Arguments.of(3, Outcome.NOT_ADOPTED));
    }

    @ParameterizedTest(name = "{0} of 10 words shared -> {1}")
    @MethodSource("aroundTheThreshold")
    void theNewParagraphThresholdIsSixTenths(int shared, Outcome expected) {
        List<String> proposed = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        List<String> others = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota");
        String candidate = String.join(
                " ",
                Stream.concat(proposed.subList(0, shared).stream(), others.subList(0, 10 - shared).stream())
                        .toList());

        assertThat(AmendmentOutcomes.decideNewParagraph(String.join(" ", proposed), List.of(candidate))
                        .outcome())
                .isEqualTo(expected);
    }

    @Test
    void apiNamesReadBack() {
        for (ProposalKind kind : ProposalKind.values()) {
            assertThat(ProposalKind.ofApiName(kind.apiName())).isEqualTo(kind);
        }
        assertThat(Outcome.NOT_ADOPTED.apiName()).isEqualTo("not-adopted");
        assertThat(ProposalKind.NEW_PARAGRAPH.apiName()).isEqualTo("new-paragraph");
    }

    private static String zeroPlus(String start) {
        return paragraph(ZERO_PLUS, start);
    }

    private static String rev1(String start) {
        return paragraph(REV_1, start);
    }

    private static String paragraph(List<String> paragraphs, String start) {
        List<String> found =
                paragraphs.stream().filter((p) -> p.startsWith(start)).toList();
        assertThat(found).as("paragraphs starting with %s", start).hasSize(1);
        return found.get(0);
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
