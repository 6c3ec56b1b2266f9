package org.plenary.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template names literally ({@code #{key}} or {@code #{key(args)}}) exists in
 * messages.properties, so no page shows "??key_en??".
 */
class MessagesTests {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void every_message_key_in_templates_exists() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter((p) -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    checked++;
                    if (!messages.containsKey(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(missing).isEmpty();
    }
}
