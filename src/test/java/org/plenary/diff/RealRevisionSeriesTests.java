package org.plenary.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Compares consecutive consolidated versions of two German statutes, kept in the test resources
 * ({@code src/test/resources/revisions}, see its {@code PROVENANCE.md}).
 */
public class RealRevisionSeriesTests {

    /** The folder {@code revisions} of the test classpath (copied there from {@code src/test/resources}). */
    static Path revisionsFolder() {
        URL folder = RealRevisionSeriesTests.class.getResource("/revisions");
        if (folder == null) {
            fail("The real revision series are missing: expected src/test/resources/revisions on the test classpath");
        }
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The versions of a series, in the order of its revisions.tsv. */
    public static List<Path> series(String name) {
        Path folder = revisionsFolder().resolve(name);
        List<Path> versions = new ArrayList<>();
        for (String line : read(folder.resolve("revisions.tsv")).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String version = line.strip().split("\\s+")[0];
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> matching = files.filter(
                                (file) -> file.getFileName().toString().matches(".+-" + version + "-.+\\.md"))
                        .toList();
                assertThat(matching)
                        .as("file of version %s in %s", version, folder)
                        .hasSize(1);
                versions.add(matching.get(0));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return versions;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static Stream<Arguments> consecutivePairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (String name : List.of("de-grundgesetz", "de-transplantationsgesetz")) {
            List<Path> versions = series(name);
            for (int k = 1; k < versions.size(); k++) {
                pairs.add(Arguments.of(
                        versions.get(k - 1).getFileName().toString(),
                        versions.get(k).getFileName().toString(),
                        versions.get(k - 1),
                        versions.get(k)));
            }
        }
        return pairs.stream();
    }

    @Test
    void bothSeriesAreComplete() {
        assertThat(series("de-grundgesetz"))
                .extracting((file) -> file.getFileName().toString())
                .containsExactly("gg-v1-2012-08-02.md", "gg-v2-2012-08-06.md", "gg-v3-2018-11-08.md");
        assertThat(series("de-transplantationsgesetz")).hasSize(6);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("consecutivePairs")
    void consecutiveVersionsRoundTripExactly(String fromName, String toName, Path fromFile, Path toFile) {
        List<String> from = Paragraphs.split(read(fromFile));
        List<String> to = Paragraphs.split(read(toFile));

        Comparison comparison = ParagraphDiff.compare(read(fromFile), read(toFile));

        ComparisonInvariants.assertExact(from, to, comparison);
        assertThat(comparison.summary().equal()).as("most paragraphs survive").isGreaterThan(from.size() / 2);
    }

    @Test
    void transplantationActRenumberedSectionIsAlignedAsRenumberedOnly() {
        List<Path> versions = series("de-transplantationsgesetz");
        List<String> from = Paragraphs.split(read(versions.get(3)));
        List<String> to = Paragraphs.split(read(versions.get(4)));
        String heading = " - Richtlinien zum Stand der Erkenntnisse der medizinischen Wissenschaft, "
                + "Verordnungsermächtigung";
        int oldSection = from.indexOf("## Abschnitt 5a" + heading);
        int newSection = to.indexOf("## Abschnitt 5b" + heading);
        assertThat(oldSection).isNotNegative();
        assertThat(newSection).isNotNegative();

        Comparison comparison = ParagraphDiff.compare(from, to);

        assertThat(comparison.changes())
                .filteredOn((change) -> Integer.valueOf(oldSection).equals(change.from()))
                .singleElement()
                .satisfies((change) -> {
                    assertThat(change.status()).isEqualTo(ChangeStatus.CHANGED);
                    assertThat(change.to()).isEqualTo(newSection);
                    assertThat(change.renumberedOnly()).isTrue();
                    assertThat(change.ops())
                            .containsExactly(
                                    new TextOp(TextOp.Kind.EQUAL, "## Abschnitt "),
                                    new TextOp(TextOp.Kind.DELETE, "5a"),
                                    new TextOp(TextOp.Kind.INSERT, "5b"),
                                    new TextOp(TextOp.Kind.EQUAL, heading));
                });
        assertThat(comparison.summary().renumberedOnly()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void grundgesetzAmendmentOfArticle93IsOneInsertedItemPlusTheHeader() {
        List<Path> versions = series("de-grundgesetz");
        List<String> from = Paragraphs.split(read(versions.get(0)));
        List<String> to = Paragraphs.split(read(versions.get(1)));
        int insertedItem = to.indexOf("4c. über Beschwerden von Vereinigungen gegen ihre Nichtanerkennung als\n"
                + "    Partei für die Wahl zum Bundestag;");
        assertThat(insertedItem).isPositive();
        assertThat(to.get(insertedItem - 1)).startsWith("4b. über Verfassungsbeschwerden von Gemeinden");

        Comparison comparison = ParagraphDiff.compare(from, to);

        ComparisonInvariants.assertExact(from, to, comparison);
        List<ParagraphChange> notEqual = comparison.changes().stream()
                .filter((change) -> change.status() != ChangeStatus.EQUAL)
                .toList();
        int lastChangedBylaw = to.indexOf("Zuletzt geändert durch\n:   Art. 1 G v. 11.7.2012 I 1478");
        assertThat(notEqual)
                .extracting(ParagraphChange::status, ParagraphChange::from, ParagraphChange::to)
                .containsExactly(
                        tuple(ChangeStatus.CHANGED, 0, 0),
                        tuple(ChangeStatus.INSERTED, null, 1),
                        tuple(ChangeStatus.CHANGED, lastChangedBylaw - 1, lastChangedBylaw),
                        tuple(ChangeStatus.INSERTED, null, insertedItem));

        // Front matter: two keys added, and the closing "---" became a paragraph of its own.
        assertThat(notEqual.get(0).ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.EQUAL, "---\nTitle: Grundgesetz für die Bundesrepublik Deutschland\n"),
                        new TextOp(TextOp.Kind.INSERT, "jurabk: GG\n"),
                        new TextOp(TextOp.Kind.EQUAL, "layout: default\n"),
                        new TextOp(TextOp.Kind.INSERT, "origslug: gg\n"),
                        new TextOp(TextOp.Kind.EQUAL, "slug: gg"),
                        new TextOp(TextOp.Kind.DELETE, "\n---"));
        assertThat(notEqual.get(1).toText()).isEqualTo("---");
        assertThat(notEqual.get(1).splitFrom())
                .as("the closing --- was split off the front matter")
                .isZero();
        assertThat(notEqual.get(3).splitFrom())
                .as("item 4c. is new, not split off")
                .isNull();
        assertThat(notEqual.get(2).ops())
                .containsExactly(
                        new TextOp(TextOp.Kind.EQUAL, "Zuletzt geändert durch\n:   Art. 1 G v. "),
                        new TextOp(TextOp.Kind.DELETE, "21"),
                        new TextOp(TextOp.Kind.INSERT, "11"),
                        new TextOp(TextOp.Kind.EQUAL, ".7."),
                        new TextOp(TextOp.Kind.DELETE, "2010"),
                        new TextOp(TextOp.Kind.INSERT, "2012"),
                        new TextOp(TextOp.Kind.EQUAL, " I "),
                        new TextOp(TextOp.Kind.DELETE, "944"),
                        new TextOp(TextOp.Kind.INSERT, "1478"));
        assertThat(comparison.summary()).satisfies((summary) -> {
            assertThat(summary.equal()).isEqualTo(from.size() - 2);
            assertThat(summary.moved()).isZero();
            assertThat(summary.deleted()).isZero();
        });
        // every other paragraph is equal and keeps its place
        assertThat(comparison.changes())
                .filteredOn((change) -> change.status() == ChangeStatus.EQUAL)
                .allSatisfy((change) ->
                        assertThat(change.to() - change.from()).isEqualTo((change.to() < insertedItem) ? 1 : 2));
    }
}
