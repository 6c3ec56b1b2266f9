package org.plenary.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms fail one way on every page: a refused form answers {@link FormSubmission#INVALID} (400), set only by
 * {@link FormSubmission}; a rule of any module is a {@link RuleException}, never a look-alike of its own.
 */
class OneWayToFailAFormTests {

    private static final Path MAIN = Path.of("src/main/java/org/plenary");

    @Test
    void the_status_of_a_refused_form_is_set_in_one_place() throws IOException {
        Pattern ownStatus =
                Pattern.compile("setStatus\\((HttpServletResponse\\.SC_BAD_REQUEST|4\\d\\d|HttpServletResponse"
                        + "\\.SC_UNPROCESSABLE_(ENTITY|CONTENT))\\)|HttpStatus\\.UNPROCESSABLE");
        assertThat(linesMatching(ownStatus))
                .as("controllers show a refused form through FormSubmission (status FormSubmission.INVALID)")
                .isEmpty();
    }

    @Test
    void every_rule_is_a_rule_exception() throws IOException {
        Pattern lookAlike = Pattern.compile("class \\w+(Rule|Calendar)\\w*Exception extends RuntimeException");
        assertThat(linesMatching(lookAlike))
                .as("modules throw org.plenary.web.RuleException(field, messageKey, arguments...)")
                .isEmpty();
    }

    private static List<String> linesMatching(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith("web/FormSubmission.java") || file.endsWith("web/RuleException.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int k = 0; k < lines.size(); k++) {
                    if (pattern.matcher(lines.get(k)).find()) {
                        found.add(file + ":" + (k + 1) + ": " + lines.get(k).strip());
                    }
                }
            }
        }
        return found;
    }
}
