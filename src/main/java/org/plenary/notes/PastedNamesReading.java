package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.plenary.positions.PastedNames;

/**
 * The position form's pasted list read by the line-up parser: every line is an entry (a bullet mark or a number is
 * optional, a "Line up:" line is skipped), with the parser's shapes, remarks and unresolved names.
 */
@Component
class PastedNamesReading implements PastedNames {

    private static final Pattern MARK = Pattern.compile("^\\s*(?:[·•\\-*–—▪◦‣]|\\d{1,3}[.)])\\s*");

    private static final Pattern LINE_UP = Pattern.compile("^\\s*line[\\s-]?up\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);

    private final LineupReading lineups;

    PastedNamesReading(LineupReading lineups) {
        this.lineups = lineups;
    }

    @Override
    public List<Entry> read(String text, LocalDate date) {
        String bullets = ((text != null) ? text : "")
                .lines()
                .filter((l) -> !l.isBlank() && !LINE_UP.matcher(l).matches())
                .map((l) -> "· " + MARK.matcher(l).replaceFirst("").strip())
                .collect(Collectors.joining("\n"));
        if (bullets.isEmpty()) {
            return List.of();
        }
        return this.lineups.parse("Line up:\nPasted\n" + bullets, date).sections().stream()
                .flatMap((s) -> s.entries().stream())
                .map((e) -> new Entry(e.text(), e.actors(), e.remark(), e.unresolved()))
                .toList();
    }
}
