package org.plenary.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages read as written: an apostrophe appears once ("account's", not "account''s") whether or not the message has
 * arguments, and counts take the plural form they need ("1 actor", "2 actors"), through ICU's message format.
 */
class MessagesReadWellTests {

    private final MessageSource messages = new MessagesConfiguration().messageSource();

    @Test
    void an_apostrophe_appears_once() {
        assertThat(text("error.403.explain")).isEqualTo("Your account's role does not allow this.");
        assertThat(text("position.option.notOfIssue")).isEqualTo("Choose one of this issue's stances.");
        assertThat(text("option.hint")).contains("line-up's");
    }

    @Test
    void counts_take_their_plural_form() {
        assertThat(text("actors.count", 1)).isEqualTo("1 actor");
        assertThat(text("actors.count", 2)).isEqualTo("2 actors");
        assertThat(text("drafts.compare.totals", 1, 1, 1)).isEqualTo("1 change, 1 word added, 1 word removed");
        assertThat(text("drafts.compare.totals", 3, 0, 12)).isEqualTo("3 changes, 0 words added, 12 words removed");
        assertThat(text("option.usedBy", 1)).isEqualTo("used by 1 position");
        assertThat(text("matrix.count", 193, 1)).isEqualTo("193 actors, 1 issue");
        assertThat(text("calendar.quietDays", 1)).isEqualTo("1 day without meetings recorded");
    }

    @Test
    void no_message_shows_a_doubled_apostrophe_or_a_plural_in_brackets() throws IOException {
        Properties all = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        for (String key : all.stringPropertyNames()) {
            Object[] args = {1, 2, 3, 4};
            String shown = this.messages.getMessage(key, args, Locale.ENGLISH);
            if (shown.contains("''") || all.getProperty(key).contains("(s)")) {
                wrong.add(key + " = " + shown);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String text(String key, Object... args) {
        return this.messages.getMessage(key, args, Locale.ENGLISH);
    }
}
