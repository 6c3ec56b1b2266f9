package org.plenary.amendments.outcome;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the outcome rule over random paragraphs from a small vocabulary (so words repeat, as "the" and
 * "rights" do): a successor that is the paragraph with the proposal applied adopts it verbatim; a successor that is the
 * paragraph unchanged does not adopt a proposal bringing a word it lacks.
 */
class AmendmentOutcomesProperties {

    private static final List<String> VOCABULARY =
            List.of("the", "rights", "of", "migrants", "and", "human", "states", "shall", "protect", "all");

    @Provide
    Arbitrary<List<String>> paragraphs() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<String>> newWords() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 1000)
    void applyingAReplacementGivesVerbatim(
            @ForAll("paragraphs") List<String> paragraph,
            @ForAll @IntRange(min = 0, max = 29) int start,
            @ForAll @IntRange(min = 1, max = 5) int length,
            @ForAll("newWords") List<String> words) {
        int from = Math.min(start, paragraph.size() - 1);
        int to = Math.min(paragraph.size(), from + length);
        ProposedChange change =
                at(ProposalKind.REPLACE, paragraph, from, to, String.join(" ", paragraph.subList(from, to)), words);

        AmendmentOutcome outcome = AmendmentOutcomes.decide(
                change, String.join(" ", paragraph), List.of(applied(paragraph, from, to, words)));

        assertThat(outcome.outcome()).as(outcome.toString()).isEqualTo(Outcome.VERBATIM);
    }

    @Property(tries = 1000)
    void applyingAnInsertionOrADeletionGivesVerbatim(
            @ForAll("paragraphs") List<String> paragraph,
            @ForAll @IntRange(min = 0, max = 29) int start,
            @ForAll @IntRange(min = 1, max = 5) int length,
            @ForAll("newWords") List<String> words) {
        int from = Math.min(start, paragraph.size() - 1);
        int to = Math.min(paragraph.size(), from + length);
        String target = String.join(" ", paragraph.subList(from, to));
        ProposedChange insert = at(ProposalKind.INSERT, paragraph, from, to, target, words);
        ProposedChange delete = at(ProposalKind.DELETE, paragraph, from, to, target, List.of());

        AmendmentOutcome inserted = AmendmentOutcomes.decide(
                insert, String.join(" ", paragraph), List.of(applied(paragraph, to, to, words)));
        AmendmentOutcome deleted = AmendmentOutcomes.decide(
                delete, String.join(" ", paragraph), List.of(applied(paragraph, from, to, List.of()) + " ."));

        assertThat(inserted.outcome()).as(inserted.toString()).isEqualTo(Outcome.VERBATIM);
        assertThat(deleted.outcome()).as(deleted.toString()).isEqualTo(Outcome.VERBATIM);
    }

    @Property(tries = 1000)
    void anUnchangedSuccessorAdoptsNothingNew(
            @ForAll("paragraphs") List<String> paragraph,
            @ForAll @IntRange(min = 0, max = 29) int start,
            @ForAll @IntRange(min = 1, max = 5) int length,
            @ForAll("newWords") List<String> words) {
        int from = Math.min(start, paragraph.size() - 1);
        int to = Math.min(paragraph.size(), from + length);
        List<String> brought = new ArrayList<>(words);
        brought.add("firewall");
        String text = String.join(" ", paragraph);
        String target = String.join(" ", paragraph.subList(from, to));

        for (ProposalKind kind : List.of(ProposalKind.REPLACE, ProposalKind.INSERT)) {
            AmendmentOutcome outcome =
                    AmendmentOutcomes.decide(at(kind, paragraph, from, to, target, brought), text, List.of(text));

            assertThat(outcome.outcome()).as(kind + " " + outcome).isEqualTo(Outcome.NOT_ADOPTED);
        }
        AmendmentOutcome kept = AmendmentOutcomes.decide(
                at(ProposalKind.DELETE, paragraph, from, to, target, List.of()), text, List.of(text));
        assertThat(kept.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
    }

    /** The proposal targeting the words {@code [from, to)}, naming which occurrence of them it means. */
    static ProposedChange at(
            ProposalKind kind, List<String> paragraph, int from, int to, String target, List<String> words) {
        List<String> wanted = paragraph.subList(from, to);
        int occurrence = 0;
        for (int i = 0; i < from; i++) {
            if (i + wanted.size() <= paragraph.size()
                    && paragraph.subList(i, i + wanted.size()).equals(wanted)) {
                occurrence++;
            }
        }
        return new ProposedChange(kind, target, String.join(" ", words), occurrence);
    }

    private static String applied(List<String> paragraph, int from, int to, List<String> words) {
        List<String> result = new ArrayList<>(paragraph.subList(0, from));
        result.addAll(words);
        result.addAll(paragraph.subList(to, paragraph.size()));
        return String.join(" ", result);
    }
}
