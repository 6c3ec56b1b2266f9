package org.plenary.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTests {

    @Test
    void splitsOnBlankLinesAndTrimsEachBlock() {
        assertThat(Paragraphs.split("  One\n  line two  \n\nTwo\n \t \n\n\nThree  "))
                .containsExactly("One\n  line two", "Two", "Three");
    }

    @Test
    void normalisesCarriageReturns() {
        assertThat(Paragraphs.split("One\r\nstill one\r\n\r\nTwo\rstill two\r\rThree"))
                .containsExactly("One\nstill one", "Two\nstill two", "Three");
    }

    @Test
    void blankTextHasNoParagraphs() {
        assertThat(Paragraphs.split("")).isEmpty();
        assertThat(Paragraphs.split(" \n\t\r\n  ")).isEmpty();
    }
}
