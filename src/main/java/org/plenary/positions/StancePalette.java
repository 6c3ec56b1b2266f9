package org.plenary.positions;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stance options' colours as a stylesheet, so that pages colour cells, swatches and map shapes with classes
 * ({@code stance-ID}) instead of inline styles, which the content security policy refuses. Text on a coloured cell is
 * dark ink or white, whichever contrasts more: at least 4.5:1 (WCAG AA) for any colour.
 */
@Service
@Transactional(readOnly = true)
public class StancePalette {

    /** The page's ink; text on a light cell. */
    static final String INK = "#1d2430";

    static final String WHITE = "#ffffff";

    private final JdbcClient jdbc;

    StancePalette(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One rule set per option: {@code .stance-ID} (background and text colour), {@code .stance-edge-ID} (a coloured
     * top border) and {@code .stance-fill-ID} (an SVG shape's fill).
     */
    public String stylesheet() {
        StringBuilder css = new StringBuilder("/* Stance option colours, generated from the stance options. */\n");
        this.jdbc.sql("select id, colour from stance_option order by id").query((rs) -> {
            long id = rs.getLong(1);
            String colour = rs.getString(2).toLowerCase(Locale.ROOT);
            if (!colour.matches("#[0-9a-f]{6}")) {
                return;
            }
            css.append(".stance-").append(id).append("{background:").append(colour);
            css.append(";color:").append(textOn(colour)).append("}\n");
            css.append(".stance-edge-")
                    .append(id)
                    .append("{border-top:6px solid ")
                    .append(colour);
            css.append("}\n");
            css.append(".stance-fill-")
                    .append(id)
                    .append("{fill:")
                    .append(colour)
                    .append("}\n");
        });
        return css.toString();
    }

    /** The text colour for a background: the page's ink or white, whichever contrasts more. */
    public static String textOn(String background) {
        double ink = contrast(background, INK);
        double white = contrast(background, WHITE);
        if (Math.max(ink, white) < 4.5) {
            // Ink is not black: on a mid-tone colour only pure black may reach AA.
            return "#000000";
        }
        return (ink >= white) ? INK : WHITE;
    }

    /** The WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The WCAG 2 relative luminance of a #rrggbb colour. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff)
                + 0.7152 * channel((rgb >> 8) & 0xff)
                + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
