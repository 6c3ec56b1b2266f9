package org.plenary.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphDiffProperties {

    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", "; ", "\n", " (", ") ", " - ");

    @Property(tries = 300)
    void editedVersionsRoundTripExactlyAndListEveryParagraphOnce(
            @ForAll("paragraphLists") List<String> from, @ForAll Random random) {
        List<String> to = edit(from, random);

        Comparison comparison = ParagraphDiff.compare(from, to);

        ComparisonInvariants.assertExact(from, to, comparison);
    }

    @Property(tries = 200)
    void sameInputGivesSameOutput(@ForAll("paragraphLists") List<String> from, @ForAll Random random) {
        List<String> to = edit(from, random);

        assertThat(ParagraphDiff.compare(new ArrayList<>(from), new ArrayList<>(to)))
                .isEqualTo(ParagraphDiff.compare(from, to));
    }

    @Property(tries = 200)
    void textsWithAnyLineEndingsRoundTripThroughTheirParagraphs(
            @ForAll("paragraphLists") List<String> from, @ForAll Random random) {
        String fromText = join(from, random);
        String toText = join(edit(from, random), random);

        Comparison comparison = ParagraphDiff.compare(fromText, toText);

        ComparisonInvariants.assertExact(Paragraphs.split(fromText), Paragraphs.split(toText), comparison);
    }

    @Property(tries = 200)
    void distinctParagraphMovedFarIsReportedAsMoved(
            @ForAll @IntRange(min = 4, max = 30) int count, @ForAll Random random) {
        List<String> from = IntStream.range(0, count)
                .mapToObj((i) -> distinctParagraph(i, random))
                .toList();
        int source = random.nextInt(count);
        int target;
        do {
            target = random.nextInt(count);
        } while (Math.abs(target - source) < 2);
        List<String> to = new ArrayList<>(from);
        to.add(target, to.remove(source));

        Comparison comparison = ParagraphDiff.compare(from, to);

        ComparisonInvariants.assertExact(from, to, comparison);
        int movedFrom = source;
        int movedTo = target;
        assertThat(comparison.changes())
                .filteredOn((change) -> change.status() != ChangeStatus.EQUAL)
                .singleElement()
                .satisfies((change) -> {
                    assertThat(change.status()).isEqualTo(ChangeStatus.MOVED);
                    assertThat(change.from()).isEqualTo(movedFrom);
                    assertThat(change.to()).isEqualTo(movedTo);
                    assertThat(change.ops()).containsExactly(new TextOp(TextOp.Kind.EQUAL, from.get(movedFrom)));
                });
    }

    @Property(tries = 100)
    void numberedItemsShiftedByAnInsertionAreRenumberedOnly(
            @ForAll @IntRange(min = 1, max = 30) int count, @ForAll Random random) {
        List<String> items = IntStream.range(0, count)
                .mapToObj((i) -> distinctParagraph(i, random))
                .toList();
        List<String> from = IntStream.range(0, count)
                .mapToObj((i) -> (i + 1) + ". " + items.get(i))
                .toList();
        List<String> to = new ArrayList<>();
        to.add("1. " + distinctParagraph(count, random));
        IntStream.range(0, count).forEach((i) -> to.add((i + 2) + ". " + items.get(i)));

        Comparison comparison = ParagraphDiff.compare(from, to);

        ComparisonInvariants.assertExact(from, to, comparison);
        assertThat(comparison.changes().get(0).status()).isEqualTo(ChangeStatus.INSERTED);
        assertThat(comparison.changes().subList(1, comparison.changes().size())).allSatisfy((change) -> {
            assertThat(change.status()).isEqualTo(ChangeStatus.CHANGED);
            assertThat(change.to()).isEqualTo(change.from() + 1);
            assertThat(change.renumberedOnly()).isTrue();
        });
    }

    @Provide
    Arbitrary<List<String>> paragraphLists() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
                Arbitraries.of("shall", "the", "parties", "12.", "(c)", "Art", "§", "ü", "ß", "é"));
        Arbitrary<String> paragraph = Combinators.combine(
                        word.list().ofMinSize(1).ofMaxSize(20),
                        Arbitraries.of(SEPARATORS).list().ofSize(20))
                .as((words, separators) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        if (i > 0) {
                            text.append(separators.get(i));
                        }
                        text.append(words.get(i));
                    }
                    return text.toString().strip();
                })
                .filter((text) -> !text.isEmpty());
        return paragraph.list().ofMinSize(0).ofMaxSize(25);
    }

    /** Applies random paragraph insertions, deletions, word edits and moves. */
    private static List<String> edit(List<String> original, Random random) {
        List<String> edited = new ArrayList<>(original);
        int edits = random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(4);
            if (edited.isEmpty() || kind == 0) {
                edited.add(random.nextInt(edited.size() + 1), "new " + randomWords(random, 1 + random.nextInt(12)));
            } else if (kind == 1) {
                edited.remove(random.nextInt(edited.size()));
            } else if (kind == 2) {
                int at = random.nextInt(edited.size());
                edited.set(at, editWords(edited.get(at), random));
            } else {
                String moved = edited.remove(random.nextInt(edited.size()));
                edited.add(random.nextInt(edited.size() + 1), moved);
            }
        }
        return edited;
    }

    private static String editWords(String paragraph, Random random) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ", -1)));
        int at = random.nextInt(words.size());
        switch (random.nextInt(3)) {
            case 0 -> words.add(at, randomWords(random, 1 + random.nextInt(3)));
            case 1 -> words.set(at, randomWords(random, 1));
            default -> {
                if (words.size() > 1) {
                    words.remove(at);
                } else {
                    words.add("more");
                }
            }
        }
        return String.join(" ", words).strip();
    }

    private static String randomWords(Random random, int count) {
        return IntStream.range(0, count)
                .mapToObj((i) ->
                        Character.toString('a' + random.nextInt(26)) + Character.toString('a' + random.nextInt(26)))
                .collect(Collectors.joining(" "));
    }

    private static String distinctParagraph(int index, Random random) {
        return IntStream.range(0, 3 + random.nextInt(8))
                .mapToObj((i) -> "w" + index + "x" + random.nextInt(1000))
                .collect(Collectors.joining(" "));
    }

    private static String join(List<String> paragraphs, Random random) {
        List<String> breaks = List.of("\n\n", "\r\n\r\n", "\r\r", "\n \t\n\n", "\r\n  \r\n");
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "  \n");
        for (String paragraph : paragraphs) {
            String lineEnding = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
            text.append(paragraph.replace("\n", lineEnding)).append(breaks.get(random.nextInt(breaks.size())));
        }
        return text.toString();
    }
}
