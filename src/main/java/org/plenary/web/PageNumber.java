package org.plenary.web;

/**
 * A page number of a paged list, from 0 (the first page) to {@value #MAX}. Controllers take it as a request parameter
 * ({@code @RequestParam(defaultValue = "0") PageNumber page}); a number outside that range, or one that is not a
 * number, is refused when the parameter is read (400 with a message, see {@link PageExceptionHandler}), before it can
 * overflow an offset. A page past the last one is an empty page.
 */
public record PageNumber(int value) {

    /** Far beyond any list here (a million rows at the smallest page size), far below an overflow. */
    public static final int MAX = 100_000;

    public PageNumber {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("A page number is between 0 and " + MAX + ": " + value);
        }
    }

    /** Read from a request parameter (Spring's conversion finds this method). */
    public static PageNumber valueOf(String text) {
        return new PageNumber(Integer.parseInt(text.strip()));
    }
}
