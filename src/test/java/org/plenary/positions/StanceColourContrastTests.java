package org.plenary.positions;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text on a coloured cell (matrix, badges) meets WCAG AA: a contrast of at least 4.5:1, measured for every demo stance
 * colour and for a sweep of the whole colour space; the stylesheet carries those text colours.
 */
@PlenaryIntegrationTest
class StanceColourContrastTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StancePalette palette;

    @Test
    void the_contrast_ratio_is_measured_as_wcag_defines_it() {
        assertThat(StancePalette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(StancePalette.contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }

    @Test
    void text_on_every_demo_stance_colour_has_at_least_4_5_to_1() {
        List<String> colours = this.jdbc
                .sql("select distinct colour from stance_option")
                .query(String.class)
                .list();
        assertThat(colours).isNotEmpty();
        String css = this.palette.stylesheet();
        for (String colour : colours) {
            String text = StancePalette.textOn(colour);
            assertThat(StancePalette.contrast(colour, text))
                    .as("text %s on %s", text, colour)
                    .isGreaterThanOrEqualTo(4.5);
            assertThat(css).contains("{background:" + colour + ";color:" + text + "}");
        }
    }

    @Test
    void text_on_any_colour_has_at_least_4_5_to_1() {
        for (int r = 0; r < 256; r += 15) {
            for (int g = 0; g < 256; g += 15) {
                for (int b = 0; b < 256; b += 15) {
                    String colour = String.format("#%02x%02x%02x", r, g, b);
                    assertThat(StancePalette.contrast(colour, StancePalette.textOn(colour)))
                            .as(colour)
                            .isGreaterThanOrEqualTo(4.5);
                }
            }
        }
    }
}
