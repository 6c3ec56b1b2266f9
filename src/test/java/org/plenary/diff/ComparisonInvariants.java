package org.plenary.diff;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract every comparison keeps, asserted in one place for all tests.
 */
final class ComparisonInvariants {

    private ComparisonInvariants() {}

    /**
     * Each paragraph of either side appears exactly once, and the operations rebuild it exactly.
     */
    static void assertExact(List<String> from, List<String> to, Comparison comparison) {
        int[] fromSeen = new int[from.size()];
        int[] toSeen = new int[to.size()];
        for (ParagraphChange change : comparison.changes()) {
            assertThat(change.ops())
                    .as("ops of %s", change)
                    .allSatisfy((op) -> assertThat(op.text()).isNotEmpty());
            if (change.from() != null) {
                fromSeen[change.from()]++;
                assertThat(change.fromText())
                        .as("old paragraph %d rebuilt", change.from())
                        .isEqualTo(from.get(change.from()));
            } else {
                assertThat(change.ops()).noneMatch((op) -> op.op() != TextOp.Kind.INSERT);
            }
            if (change.to() != null) {
                toSeen[change.to()]++;
                assertThat(change.toText())
                        .as("new paragraph %d rebuilt", change.to())
                        .isEqualTo(to.get(change.to()));
            } else {
                assertThat(change.ops()).noneMatch((op) -> op.op() != TextOp.Kind.DELETE);
            }
            if (change.status() == ChangeStatus.EQUAL) {
                assertThat(from.get(change.from())).isEqualTo(to.get(change.to()));
            }
        }
        assertThat(IntStream.of(fromSeen).boxed().toList())
                .as("every old paragraph exactly once")
                .allMatch((times) -> times == 1);
        assertThat(IntStream.of(toSeen).boxed().toList())
                .as("every new paragraph exactly once")
                .allMatch((times) -> times == 1);
        assertThat(comparison.changes().stream().filter((c) -> c.to() != null).mapToInt(ParagraphChange::to))
                .as("entries follow the new version")
                .isSorted();
    }
}
