package org.plenary.amendments.outcome;

import java.util.List;
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
        assertThat(result.collisions()).containsExactly(new IdealText.Collision(0, 7, 9, "regular"));
        assertThat(result.collided()).containsExactly(7L, 9L);
        assertThat(result.applied()).containsExactly(11L);
        assertThat(result.paragraphs()).extracting(IdealText.Paragraph::text).containsExactly(P, "3. Another text.");
    }

    @Test
    void new_paragraphs_follow_theirs_and_deleted_paragraphs_are_left_out() {
        IdealText.Result result = IdealText.apply(
                List.of("1. One.", "2. Two.", "3. Three."),
                List.of(
                        new IdealText.Proposal(1, 0, ProposedChange.newParagraph("1bis. One and a half.")),
                        new IdealText.Proposal(2, 0, ProposedChange.newParagraph("1ter. And a bit more.")),
                        new IdealText.Proposal(3, 1, ProposedChange.deleteParagraph()),
                        new IdealText.Proposal(4, 1, ProposedChange.deleteParagraph())));
        assertThat(result.paragraphs())
                .extracting(IdealText.Paragraph::source, IdealText.Paragraph::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "1. One."),
                        org.assertj.core.groups.Tuple.tuple(-1, "1bis. One and a half."),
                        org.assertj.core.groups.Tuple.tuple(-1, "1ter. And a bit more."),
                        org.assertj.core.groups.Tuple.tuple(2, "3. Three."));
        assertThat(result.deleted()).containsExactly(1);
        assertThat(result.collisions()).isEmpty();
        assertThat(result.applied()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void a_proposal_whose_words_are_not_in_its_paragraph_is_refused() {
        assertThatThrownBy(() -> IdealText.apply(
                        List.of(P), List.of(new IdealText.Proposal(1, 0, ProposedChange.delete("firewall")))))
                .isInstanceOf(TargetNotFoundException.class);
    }
}
