package org.plenary.diff;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ParagraphDiff#compareAligned} keeps the pairs it is given (such as paragraphs of one lineage), however
 * different their texts, marks pairs out of order as moved, and stays exact.
 */
class CompareAlignedTests {

    @Test
    void keeps_given_pairs_even_when_the_texts_are_unlike() {
        List<String> from = List.of("1. Alpha about borders.", "2. Beta about detention.", "3. Gamma.");
        List<String> to = List.of("1. Something else entirely.", "2. Gamma.", "3. Beta about detention.");
        Comparison comparison = ParagraphDiff.compareAligned(from, to, new int[] {0, 2, 1});
        assertThat(comparison.changes()).extracting(ParagraphChange::from).containsOnly(0, 1, 2);
        assertThat(comparison.changes())
                .filteredOn((c) -> c.to() != null && c.to() == 0)
                .singleElement()
                .satisfies((c) -> assertThat(c.status()).isEqualTo(ChangeStatus.CHANGED));
        assertThat(comparison.summary().moved()).isEqualTo(1);
        ComparisonInvariants.assertExact(from, to, comparison);
    }

    @Test
    void unpaired_paragraphs_are_inserted_or_deleted() {
        List<String> from = List.of("A.", "B.");
        List<String> to = List.of("B.", "C.");
        Comparison comparison = ParagraphDiff.compareAligned(from, to, new int[] {1, -1});
        assertThat(comparison.changes())
                .extracting(ParagraphChange::status)
                .containsExactly(ChangeStatus.DELETED, ChangeStatus.EQUAL, ChangeStatus.INSERTED);
        ComparisonInvariants.assertExact(from, to, comparison);
    }

    @Test
    void refuses_an_old_paragraph_paired_twice() {
        assertThatThrownBy(() -> ParagraphDiff.compareAligned(List.of("A."), List.of("A.", "A."), new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counts_the_words_of_an_operation() {
        assertThat(new TextOp(TextOp.Kind.INSERT, " and fundamental freedoms").wordCount())
                .isEqualTo(3);
        assertThat(new TextOp(TextOp.Kind.INSERT, ", ").wordCount()).isZero();
    }
}
