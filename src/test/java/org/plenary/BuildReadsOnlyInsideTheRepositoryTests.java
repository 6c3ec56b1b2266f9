package org.plenary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain clone must build and pass: nothing in the build or the sources may read a file outside the repository
 * (such as the team's {@code shared} folder beside the project directory, which a clone from GitHub lacks). Test
 * data lives in {@code src/test/resources} with its provenance beside it.
 */
class BuildReadsOnlyInsideTheRepositoryTests {

    /** Kinds of files that name paths: code, build, configuration, scripts, templates. */
    private static final Set<String> SCANNED =
            Set.of("java", "xml", "properties", "yml", "yaml", "sql", "sh", "html", "js", "css", "json", "txt", "toml");

    /**
     * Paths that leave the project: a parent-directory step ({@code ../} or {@code ..\}), the working directory's
     * parent, or the workspace's shared data folders and absolute path.
     */
    private static final List<Pattern> ESCAPES = List.of(
            Pattern.compile("\\.\\.[/\\\\]"),
            Pattern.compile("toAbsolutePath\\(\\)\\s*\\.\\s*getParent\\(\\)"),
            Pattern.compile("getProperty\\(\\s*\"user\\.dir\"\\s*\\)\\s*\\)?\\s*\\.\\s*getParent"),
            Pattern.compile("[\"'/]shared/(data|seeds)"),
            Pattern.compile("[\"'\\s=]/work/"));

    private static final String THIS_FILE = BuildReadsOnlyInsideTheRepositoryTests.class.getSimpleName() + ".java";

    @Test
    void sources_and_the_build_name_no_path_outside_the_project() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("pom.xml"));
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            walk.filter(Files::isRegularFile)
                    .filter((file) -> SCANNED.contains(extension(file)))
                    // this file names the escapes as examples
                    .filter((file) -> !file.getFileName().toString().equals(THIS_FILE))
                    .forEach(files::add);
        }
        assertThat(files).as("files scanned").hasSizeGreaterThan(100);

        List<String> escapes = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = lines(file);
            for (int k = 0; k < lines.size(); k++) {
                for (Pattern escape : ESCAPES) {
                    if (escape.matcher(lines.get(k)).find()) {
                        escapes.add(file + ":" + (k + 1) + ": " + lines.get(k).strip());
                    }
                }
            }
        }
        assertThat(escapes)
                .as("lines that name a path outside the project (put the data in src/test/resources instead)")
                .isEmpty();
    }

    @Test
    void the_scan_sees_an_escape() {
        List<String> examples = List.of(
                "Path folder = Paths.get(\"../shared/data/revisions\");",
                "<directory>..\\shared</directory>",
                "Paths.get(\"\").toAbsolutePath().getParent().resolve(\"x\")",
                "Path.of(System.getProperty(\"user.dir\")).getParent()",
                "cp -r /work/shared/data/maps .",
                "resolve(\"shared/data/revisions\")",
                "Path.of(\"/work/shared\")");
        assertThat(examples)
                .allSatisfy((line) -> assertThat(ESCAPES)
                        .anyMatch((escape) -> escape.matcher(line).find()));
        assertThat(ESCAPES)
                .as("every pattern catches an example")
                .allSatisfy((escape) -> assertThat(examples)
                        .anyMatch((line) -> escape.matcher(line).find()));
        assertThat(List.of(
                        "Path.of(\"src/test/resources/revisions\")",
                        "getResource(\"/revisions\")",
                        "a.b..c",
                        "-- from the source documents (shared/seeds)"))
                .noneMatch((line) -> ESCAPES.stream()
                        .anyMatch((escape) -> escape.matcher(line).find()));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0) ? "" : name.substring(dot + 1);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException ex) {
            return List.of();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
