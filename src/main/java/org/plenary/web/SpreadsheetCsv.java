package org.plenary.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV (RFC 4180, through Commons CSV) that a spreadsheet opens as data, never as formulas: a value starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so that an actor
 * named {@code =HYPERLINK(...)} shows as text instead of running (OWASP, "CSV injection"). Every CSV export goes
 * through here.
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {}

    /** The whole file: a header line, then one line per record; nulls are written empty. */
    public static String write(List<String> header, Iterable<? extends List<?>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().get().print(out)) {
            printer.printRecord(header.stream().map(SpreadsheetCsv::inert).toList());
            for (List<?> record : records) {
                printer.printRecord(record.stream()
                        .map((value) -> (value != null) ? inert(value.toString()) : "")
                        .toList());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** The value as a spreadsheet must read it: with an apostrophe before a character that would start a formula. */
    public static String inert(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
