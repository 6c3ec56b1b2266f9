package org.plenary.amendments.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One actor's proposals applied to a paragraph, and the collisions that are reported instead of guessed, table-driven.
 * The paragraph is 2. of the illustrative Zero Draft Plus, shortened.
 */
class IdealTextTests {

    private static final String P = "2. We reaffirm the fundamental human rights of all migrants, regardless of their"
            + " migration status, and the need for safe, orderly and regular migration.";

    record Case(String name, List<ProposedChange> changes, String text, List<String> collisions) {

        @Override
        public String toString() {
            return this.name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(
                        "one replacement keeps the label and the punctuation",
                        List.of(ProposedChange.replace(
                                "fundamental human rights", "human rights and fundamental freedoms")),
                        "2. We reaffirm the human rights and fundamental freedoms of all migrants, regardless of their"
                                + " migration status, and the need for safe, orderly and regular migration.",
                        List.of()),
                new Case(
                        "an insertion goes after its words",
                        List.of(ProposedChange.insert("all migrants", "and refugees")),
                        "2. We reaffirm the fundamental human rights of all migrants and refugees, regardless of their"
                                + " migration status, and the need for safe, orderly and regular migration.",
                        List.of()),
                new Case(
                        "a deletion leaves one space",
                        List.of(ProposedChange.delete("orderly and")),
                        "2. We reaffirm the fundamental human rights of all migrants, regardless of their"
                                + " migration status, and the need for safe, regular migration.",
                        List.of()),
                new Case(
                        "a deletion before a comma leaves no space before it",
                        List.of(ProposedChange.delete("regardless of their migration status")),
                        "2. We reaffirm the fundamental human rights of all migrants,, and the need for safe, orderly"
                                + " and regular migration.",
                        List.of()),
                new Case(
                        "changes to different words are all applied",
                        List.of(
                                ProposedChange.replace("fundamental human rights", "human rights"),
                                ProposedChange.insert("all migrants", "and refugees"),
                                ProposedChange.delete("orderly and")),
                        "2. We reaffirm the human rights of all migrants and refugees, regardless of their"
                                + " migration status, and the need for safe, regular migration.",
                        List.of()),
                new Case(
                        "two replacements of overlapping words collide and neither is applied",
                        List.of(
                                ProposedChange.replace("fundamental human rights", "human rights and freedoms"),
                                ProposedChange.replace("human rights of all migrants", "rights of every migrant"),
                                ProposedChange.delete("orderly and")),
                        "2. We reaffirm the fundamental human rights of all migrants, regardless of their"
                                + " migration status, and the need for safe, regular migration.",
                        List.of("human rights")),
                new Case(
                        "a replacement and a deletion of the same words collide",
                        List.of(
                                ProposedChange.replace("regular", "lawful"),
                                ProposedChange.delete("orderly and regular")),
                        P,
                        List.of("regular")),
                new Case(
                        "an insertion after words another replaces collides",
                        List.of(
                                ProposedChange.replace("fundamental human rights", "human rights"),
                                ProposedChange.insert("rights", "and dignity")),
                        P,
                        List.of("rights")),
                new Case(
                        "two insertions after the same word collide (which first would be a guess)",
                        List.of(
                                ProposedChange.insert("all migrants", "and refugees"),
                                ProposedChange.insert("migrants", "and their families")),
                        P,
                        List.of("migrants")),
                new Case(
                        "an insertion right before replaced words does not collide",
                        List.of(
                                ProposedChange.insert("reaffirm", "once more"),
                                ProposedChange.replace("the fundamental", "the")),
                        "2. We reaffirm once more the human rights of all migrants, regardless of their"
                                + " migration status, and the need for safe, orderly and regular migration.",
                        List.of()),
                new Case(
                        "identical proposals say the same and are applied once",
                        List.of(ProposedChange.delete("orderly and"), ProposedChange.delete("Orderly and")),
                        "2. We reaffirm the fundamental human rights of all migrants, regardless of their"
                                + " migration status, and the need for safe, regular migration.",
                        List.of()),
                new Case(
                        "the second occurrence of a word is the one meant",
                        List.of(new ProposedChange(ProposalKind.REPLACE, "migration", "mobility", 1)),
                        "2. We reaffirm the fundamental human rights of all migrants, regardless of their"
                                + " migration status, and the need for safe, orderly and regular mobility.",
                        List.of()),
                new Case(
                        "words changed in a paragraph the same actor deletes collide with the deletion",
                        List.of(ProposedChange.deleteParagraph(), ProposedChange.delete("orderly and")),
                        P,
                        List.of(P)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proposals_are_applied_or_reported_as_colliding(Case c) {
        List<IdealText.Proposal> proposals = new java.util.ArrayList<>();
        for (int i = 0; i < c.changes().size(); i++) {
            proposals.add(new IdealText.Proposal(i + 1, 0, c.changes().get(i)));
        }
        IdealText.Result result = IdealText.apply(List.of(P), proposals);
        assertThat(result.collisions()).extracting(IdealText.Collision::words).isEqualTo(c.collisions());
        assertThat(result.paragraphs()).extracting(IdealText.Paragraph::text).containsExactly(c.text());
        assertThat(result.applied()).filteredOn(result.collided()::contains).isEmpty();
    }

    @Test
    void a_collision_names_both_proposals_and_leaves_the_others_applied() {
        IdealText.Result result = IdealText.apply(
                List.of(P, "3. Other text."),
                List.of(
                        new IdealText.Proposal(7, 0, ProposedChange.replace("regular", "lawful")),
                        new IdealText.Proposal(9, 0, ProposedChange.delete("and regular")),
                        new IdealText.Proposal(11, 1, ProposedChange.replace("Other", "Another"))));
        assertThat(result.collisions())
                .containsExactly(new IdealText.Collision(0, 7, 9, IdealText.Dispute.WORDS, "regular"));
        assertThat(result.collided()).containsExactly(7L, 9L);
        assertThat(result.applied()).containsExactly(11L);
        assertThat(result.paragraphs()).extracting(IdealText.Paragraph::text).containsExactly(P, "3. Another text.");
    }

    private static final List<String> THREE = List.of("1. One.", "2. Two.", "3. Three.");

    /**
     * Proposals on whole paragraphs of {@link #THREE}, the ids in list order from 1; collisions written as "1+2 after
     * 0" (both add a paragraph after paragraph 0) or "1+2 on 'words'".
     */
    record ParagraphCase(String name, List<IdealText.Proposal> proposals, List<String> texts, List<String> collisions) {

        @Override
        public String toString() {
            return this.name;
        }
    }

    private static IdealText.Proposal after(long id, int paragraph, String text) {
        return new IdealText.Proposal(id, paragraph, ProposedChange.newParagraph(text));
    }

    private static IdealText.Proposal deleting(long id, int paragraph) {
        return new IdealText.Proposal(id, paragraph, ProposedChange.deleteParagraph());
    }

    static Stream<ParagraphCase> paragraphCases() {
        return Stream.of(
                new ParagraphCase(
                        "a new paragraph follows its paragraph, a deleted one is left out",
                        List.of(after(1, 0, "1bis. One and a half."), deleting(2, 2), deleting(3, 2)),
                        List.of("1. One.", "1bis. One and a half.", "2. Two."),
                        List.of()),
                new ParagraphCase(
                        "new paragraphs after different paragraphs are all added",
                        List.of(after(1, 1, "2bis. After two."), after(2, 0, "1bis. After one.")),
                        List.of("1. One.", "1bis. After one.", "2. Two.", "2bis. After two.", "3. Three."),
                        List.of()),
                new ParagraphCase(
                        "two different new paragraphs after the same paragraph collide and neither is added",
                        List.of(
                                after(1, 0, "1bis. One and a half."),
                                after(2, 0, "1bis. One and a bit."),
                                after(3, 1, "2bis. After two.")),
                        List.of("1. One.", "2. Two.", "2bis. After two.", "3. Three."),
                        List.of("1+2 after 0")),
                new ParagraphCase(
                        "three different new paragraphs after the same paragraph: each pair collides",
                        List.of(after(1, 2, "4. Four."), after(2, 2, "4. Quatre."), after(3, 2, "4. Vier.")),
                        THREE,
                        List.of("1+2 after 2", "1+3 after 2", "2+3 after 2")),
                new ParagraphCase(
                        "identical new paragraphs (label, case and punctuation aside) are added once, in the first's words",
                        List.of(after(1, 0, "1a. One and a half."), after(2, 0, "(a) one AND a half")),
                        List.of("1. One.", "1a. One and a half.", "2. Two.", "3. Three."),
                        List.of()),
                new ParagraphCase(
                        "a new paragraph identical to one of two that collide is left out with them",
                        List.of(
                                after(1, 0, "1bis. One and a half."),
                                after(2, 0, "1bis. One and a half"),
                                after(3, 0, "1bis. Something else.")),
                        THREE,
                        List.of("1+3 after 0", "2+3 after 0")),
                new ParagraphCase(
                        "a new paragraph after a paragraph the same actor deletes takes its place",
                        List.of(deleting(1, 1), after(2, 1, "2. Two, rewritten.")),
                        List.of("1. One.", "2. Two, rewritten.", "3. Three."),
                        List.of()),
                new ParagraphCase(
                        "a new paragraph after a deleted one still follows the new paragraph of the one before",
                        List.of(after(1, 0, "1bis. After one."), deleting(2, 1), after(3, 1, "2. Two, rewritten.")),
                        List.of("1. One.", "1bis. After one.", "2. Two, rewritten.", "3. Three."),
                        List.of()),
                new ParagraphCase(
                        "a new paragraph stays when the deletion of its paragraph collides with a word change",
                        List.of(
                                deleting(1, 1),
                                new IdealText.Proposal(2, 1, ProposedChange.replace("Two", "Deux")),
                                after(3, 1, "2bis. After two.")),
                        List.of("1. One.", "2. Two.", "2bis. After two.", "3. Three."),
                        List.of("1+2 on '2. Two.'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphCases")
    void paragraphs_are_added_deleted_or_reported_as_colliding(ParagraphCase c) {
        IdealText.Result result = IdealText.apply(THREE, c.proposals());
        assertThat(result.paragraphs()).extracting(IdealText.Paragraph::text).isEqualTo(c.texts());
        assertThat(result.collisions())
                .extracting((k) -> k.first() + "+" + k.second()
                        + ((k.dispute() == IdealText.Dispute.PLACE_AFTER)
                                ? " after " + k.paragraph()
                                : " on '" + k.words() + "'"))
                .isEqualTo(c.collisions());
        Set<Long> all = new HashSet<>();
        c.proposals().forEach((p) -> all.add(p.id()));
        all.removeAll(result.collided());
        assertThat(result.applied()).isEqualTo(all);
    }

    @Test
    void identical_new_paragraphs_are_one_paragraph_of_both_proposals() {
        IdealText.Result result = IdealText.apply(THREE, List.of(after(4, 2, "4. Four."), after(9, 2, "4. four")));
        assertThat(result.paragraphs().get(3)).isEqualTo(new IdealText.Paragraph(-1, "4. Four.", List.of(4L, 9L)));
    }

    @Test
    void a_proposal_whose_words_are_not_in_its_paragraph_is_refused() {
        assertThatThrownBy(() -> IdealText.apply(
                        List.of(P), List.of(new IdealText.Proposal(1, 0, ProposedChange.delete("firewall")))))
                .isInstanceOf(TargetNotFoundException.class);
    }
}
