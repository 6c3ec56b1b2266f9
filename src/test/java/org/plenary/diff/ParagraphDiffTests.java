package org.plenary.diff;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ParagraphDiffTests {

    private static final String ALPHA = "The parties agree to cooperate on adaptation finance.";

    private static final String BRAVO = "Developed countries shall provide support to developing countries.";

    private static final String CHARLIE = "The secretariat shall prepare a synthesis report before the session.";

    private static final String DELTA = "Each party shall communicate its contribution every five years.";

    private static final String ECHO = "This decision enters into force upon adoption by the conference.";

    @Test
    void identicalTextsAreAllEqual() {
        Comparison comparison = compare(List.of(ALPHA, BRAVO), List.of(ALPHA, BRAVO));

        assertThat(comparison.unchanged()).isTrue();
        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(tuple(ChangeStatus.EQUAL, 0, 0), tuple(ChangeStatus.EQUAL, 1, 1));
        assertThat(comparison.changes().get(0).ops()).containsExactly(new TextOp(TextOp.Kind.EQUAL, ALPHA));
        assertThat(comparison.summary()).isEqualTo(new ComparisonSummary(2, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void changedWordsAreShownWordByWord() {
        String edited = "The parties agree to cooperate closely on mitigation finance.";
        Comparison comparison = compare(List.of(ALPHA, BRAVO), List.of(edited, BRAVO));

        ParagraphChange change = comparison.changes().get(0);
        assertThat(change.status()).isEqualTo(ChangeStatus.CHANGED);
        assertThat(change.renumberedOnly()).isFalse();
        assertThat(change.ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.EQUAL, "The parties agree to cooperate "),
                        new TextOp(TextOp.Kind.INSERT, "closely "),
                        new TextOp(TextOp.Kind.EQUAL, "on "),
                        new TextOp(TextOp.Kind.DELETE, "adaptation"),
                        new TextOp(TextOp.Kind.INSERT, "mitigation"),
                        new TextOp(TextOp.Kind.EQUAL, " finance."));
        assertThat(comparison.summary()).isEqualTo(new ComparisonSummary(1, 1, 0, 0, 0, 0, 2, 1));
    }

    @Test
    void replacedPhraseIsOneDeletionAndOneInsertion() {
        Comparison comparison =
                compare(List.of("We note with concern the report."), List.of("We warmly welcome the report."));

        assertThat(comparison.changes().get(0).ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.EQUAL, "We "),
                        new TextOp(TextOp.Kind.DELETE, "note with concern"),
                        new TextOp(TextOp.Kind.INSERT, "warmly welcome"),
                        new TextOp(TextOp.Kind.EQUAL, " the report."));
    }

    @Test
    void insertedParagraphHasNoOldCounterpart() {
        Comparison comparison = compare(List.of(ALPHA, CHARLIE), List.of(ALPHA, BRAVO, CHARLIE));

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 0, 0),
                        tuple(ChangeStatus.INSERTED, null, 1),
                        tuple(ChangeStatus.EQUAL, 1, 2));
        assertThat(comparison.changes().get(1).ops()).containsExactly(new TextOp(TextOp.Kind.INSERT, BRAVO));
        assertThat(comparison.summary().inserted()).isEqualTo(1);
        assertThat(comparison.summary().wordsAdded()).isEqualTo(8);
    }

    @Test
    void deletedParagraphStaysWhereItStood() {
        Comparison comparison = compare(List.of(ALPHA, BRAVO, CHARLIE), List.of(ALPHA, CHARLIE));

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 0, 0),
                        tuple(ChangeStatus.DELETED, 1, null),
                        tuple(ChangeStatus.EQUAL, 2, 1));
        assertThat(comparison.summary().wordsRemoved()).isEqualTo(8);
    }

    @Test
    void deletedParagraphsWithoutSurvivingPredecessorComeFirst() {
        Comparison comparison = compare(List.of(ALPHA, BRAVO, CHARLIE), List.of(DELTA, CHARLIE));

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.DELETED, 0, null),
                        tuple(ChangeStatus.DELETED, 1, null),
                        tuple(ChangeStatus.INSERTED, null, 0),
                        tuple(ChangeStatus.EQUAL, 2, 1));
    }

    @Test
    void deletedParagraphFollowsItsPredecessorEvenIfAnInsertionTookItsPlace() {
        Comparison comparison = compare(List.of(ALPHA, BRAVO, CHARLIE), List.of(ALPHA, DELTA, CHARLIE));

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 0, 0),
                        tuple(ChangeStatus.DELETED, 1, null),
                        tuple(ChangeStatus.INSERTED, null, 1),
                        tuple(ChangeStatus.EQUAL, 2, 2));
    }

    @Test
    void movedParagraphKeepsItsOwnWordEdits() {
        String editedAlpha = "The parties agree to cooperate on adaptation and loss and damage finance.";
        Comparison comparison =
                compare(List.of(ALPHA, BRAVO, CHARLIE, DELTA, ECHO), List.of(BRAVO, CHARLIE, DELTA, editedAlpha, ECHO));

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 1, 0),
                        tuple(ChangeStatus.EQUAL, 2, 1),
                        tuple(ChangeStatus.EQUAL, 3, 2),
                        tuple(ChangeStatus.MOVED, 0, 3),
                        tuple(ChangeStatus.EQUAL, 4, 4));
        assertThat(comparison.changes().get(3).ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.EQUAL, "The parties agree to cooperate on adaptation "),
                        new TextOp(TextOp.Kind.INSERT, "and loss and damage "),
                        new TextOp(TextOp.Kind.EQUAL, "finance."));
        assertThat(comparison.summary().moved()).isEqualTo(1);
        assertThat(comparison.summary().wordsAdded()).isEqualTo(4);
    }

    @Test
    void renumberedParagraphsAreAlignedAndFlagged() {
        List<String> from = List.of("12. " + ALPHA, "13. " + BRAVO, "(c) " + CHARLIE, "### Art 93\n" + DELTA);
        List<String> to =
                List.of("11. " + ECHO, "13. " + ALPHA, "14. " + BRAVO, "(d) " + CHARLIE, "### Art 94\n" + DELTA);
        Comparison comparison = compare(from, to);

        assertThat(comparison.changes())
                .extracting(
                        ParagraphChange::status,
                        ParagraphChange::from,
                        ParagraphChange::to,
                        ParagraphChange::renumberedOnly)
                .containsExactly(
                        tuple(ChangeStatus.INSERTED, null, 0, false),
                        tuple(ChangeStatus.CHANGED, 0, 1, true),
                        tuple(ChangeStatus.CHANGED, 1, 2, true),
                        tuple(ChangeStatus.CHANGED, 2, 3, true),
                        tuple(ChangeStatus.CHANGED, 3, 4, true));
        assertThat(comparison.changes().get(1).ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.DELETE, "12"),
                        new TextOp(TextOp.Kind.INSERT, "13"),
                        new TextOp(TextOp.Kind.EQUAL, ". " + ALPHA));
        assertThat(comparison.summary().renumberedOnly()).isEqualTo(4);
    }

    @Test
    void renumberingWithOtherEditsIsNotRenumberingOnly() {
        Comparison comparison = compare(List.of("12. " + ALPHA), List.of("13. " + ALPHA.replace("agree", "decide")));

        assertThat(comparison.changes())
                .singleElement()
                .satisfies((change) -> assertThat(change.status()).isEqualTo(ChangeStatus.CHANGED))
                .satisfies((change) -> assertThat(change.renumberedOnly()).isFalse());
    }

    @Test
    void emptyInputs() {
        assertThat(ParagraphDiff.compare("", "").changes()).isEmpty();
        assertThat(ParagraphDiff.compare("", "\n\n").summary())
                .isEqualTo(new ComparisonSummary(0, 0, 0, 0, 0, 0, 0, 0));

        Comparison allInserted = ParagraphDiff.compare("  \n", ALPHA + "\n\n" + BRAVO);
        assertThat(allInserted.changes())
                .extracting(ParagraphChange::status)
                .containsExactly(ChangeStatus.INSERTED, ChangeStatus.INSERTED);

        Comparison allDeleted = ParagraphDiff.compare(ALPHA + "\n\n" + BRAVO, "");
        assertThat(allDeleted.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from)
                .containsExactly(tuple(ChangeStatus.DELETED, 0), tuple(ChangeStatus.DELETED, 1));
    }

    @Test
    void lineEndingsDoNotCountAsChanges() {
        String unix = ALPHA + "\n" + BRAVO + "\n\n" + CHARLIE + "\n";
        String windows = ALPHA + "\r\n" + BRAVO + "\r\n\r\n" + CHARLIE + "\r\n";
        String oldMac = ALPHA + "\r" + BRAVO + "\r   \r" + CHARLIE;

        assertThat(ParagraphDiff.compare(unix, windows).unchanged()).isTrue();
        assertThat(ParagraphDiff.compare(oldMac, unix).unchanged()).isTrue();
        assertThat(ParagraphDiff.compare(windows, unix).changes().get(0).ops())
                .containsExactly(new TextOp(TextOp.Kind.EQUAL, ALPHA + "\n" + BRAVO));
    }

    @Test
    void sameInputGivesSameOutput() {
        List<String> from = List.of(ALPHA, BRAVO, "Noted.", CHARLIE, "Noted.", DELTA, ECHO);
        List<String> to = List.of(ECHO, "Noted.", BRAVO.replace("shall", "should"), CHARLIE, "Noted.", "Noted.", ALPHA);

        Comparison first = compare(from, to);
        for (int run = 0; run < 5; run++) {
            assertThat(compare(new java.util.ArrayList<>(from), new java.util.ArrayList<>(to)))
                    .isEqualTo(first);
        }
    }

    @Test
    void repeatedParagraphsPairWithTheirNeighbours() {
        List<String> from = List.of(ALPHA, "(weggefallen)", BRAVO, "(weggefallen)", CHARLIE);
        List<String> to = List.of(ALPHA, "(weggefallen)", BRAVO, DELTA, "(weggefallen)", CHARLIE);
        Comparison comparison = compare(from, to);

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 0, 0),
                        tuple(ChangeStatus.EQUAL, 1, 1),
                        tuple(ChangeStatus.EQUAL, 2, 2),
                        tuple(ChangeStatus.INSERTED, null, 3),
                        tuple(ChangeStatus.EQUAL, 3, 4),
                        tuple(ChangeStatus.EQUAL, 4, 5));
    }

    @Test
    void paragraphSplitInTwoKeepsTheContract() {
        String whole = ALPHA + " " + BRAVO + " " + CHARLIE;
        List<String> from = List.of(DELTA, whole, ECHO);
        List<String> to = List.of(DELTA, ALPHA + " " + BRAVO, CHARLIE, ECHO);
        Comparison comparison = compare(from, to);

        assertThat(comparison.changes())
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 0, 0),
                        tuple(ChangeStatus.CHANGED, 1, 1),
                        tuple(ChangeStatus.INSERTED, null, 2),
                        tuple(ChangeStatus.EQUAL, 2, 3));
        assertThat(comparison.changes().get(1).ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.EQUAL, ALPHA + " " + BRAVO),
                        new TextOp(TextOp.Kind.DELETE, " " + CHARLIE));
        assertThat(comparison.changes().get(2).splitFrom()).isEqualTo(1);
        assertThat(comparison.changes()).extracting(ParagraphChange::mergedInto).containsOnlyNulls();
    }

    @Test
    void paragraphsMergedIntoOneAreMarked() {
        List<String> from = List.of(DELTA, ALPHA, BRAVO, ECHO);
        List<String> to = List.of(DELTA, ALPHA + " " + BRAVO, ECHO);
        Comparison comparison = compare(from, to);

        assertThat(comparison.changes())
                .extracting(
                        ParagraphChange::status,
                        ParagraphChange::from,
                        ParagraphChange::to,
                        ParagraphChange::mergedInto)
                .containsExactly(
                        tuple(ChangeStatus.EQUAL, 0, 0, null),
                        tuple(ChangeStatus.CHANGED, 1, 1, null),
                        tuple(ChangeStatus.DELETED, 2, null, 1),
                        tuple(ChangeStatus.EQUAL, 3, 2, null));
    }

    @Test
    void unrelatedInsertionNextToAChangeIsNotASplit() {
        Comparison comparison =
                compare(List.of(ALPHA, CHARLIE), List.of(ALPHA.replace("adaptation", "mitigation"), DELTA, CHARLIE));

        assertThat(comparison.changes().get(1).status()).isEqualTo(ChangeStatus.INSERTED);
        assertThat(comparison.changes().get(1).splitFrom()).isNull();
    }

    @Test
    void thousandsOfLookAlikeParagraphsStayExact() {
        // Every paragraph is similar to every other: the worst case for similarity matching. Its speed is measured by
        // the JMH benchmark (docs/benchmarks/diff-benchmark.md), never by a timeout that fails on a busy machine.
        java.util.Random random = new java.util.Random(7);
        List<String> words = List.of("the", "parties", "shall", "and", "of", "to", "in");
        List<String> from = new java.util.ArrayList<>();
        List<String> to = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            from.add(String.join(
                    " ", random.ints(8, 0, words.size()).mapToObj(words::get).toList()));
            to.add(String.join(
                    " ", random.ints(8, 0, words.size()).mapToObj(words::get).toList()));
        }

        compare(from, to);
    }

    private static Comparison compare(List<String> from, List<String> to) {
        Comparison comparison = ParagraphDiff.compare(from, to);
        ComparisonInvariants.assertExact(from, to, comparison);
        return comparison;
    }
}
