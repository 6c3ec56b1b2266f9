package org.plenary.positions.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The shipped world map (svgMap 2.21.0, MIT licence): one path per country, its id the ISO 3166 alpha-2 code. Drawn
 * either as a standalone image coloured with {@code fill} attributes, or inline in a page with each state a link to
 * its page, named by its label, coloured by its stance option's class. Neither uses a style element or attribute,
 * which the content security policy refuses.
 */
final class WorldMap {

    /** A state on the map: where its link goes, what it is called (name and stance), its colour class. */
    record Shape(String href, String label, String cssClass) {}

    private static final Pattern PATH = Pattern.compile("<path(?: id=\"([A-Z]{2})\")? d=\"([^\"]*)\"\\s*/>");

    private final String viewBox;

    /** Every path: its code (null for the unnamed one) and its outline. */
    private final List<String[]> paths = new ArrayList<>();

    WorldMap(String resource) {
        String svg;
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Matcher box = Pattern.compile("viewBox=\"([0-9 .]+)\"").matcher(svg);
        this.viewBox = box.find() ? box.group(1) : "0 0 2000 1001";
        Matcher path = PATH.matcher(svg);
        while (path.find()) {
            this.paths.add(new String[] {path.group(1), path.group(2).replaceAll("\\s+", "")});
        }
    }

    /** How many countries the map draws. */
    int size() {
        return this.paths.size();
    }

    /** A standalone SVG image: each coloured state with a {@code fill}, the rest in {@code noStance}. */
    String image(Map<String, String> fills, String noStance) {
        StringBuilder svg = new StringBuilder(130_000)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(this.viewBox)
                .append("\" fill=\"")
                .append(noStance)
                .append("\" stroke=\"#fff\" stroke-width=\".6\">");
        for (String[] path : this.paths) {
            svg.append("<path");
            if (path[0] != null) {
                svg.append(" id=\"").append(path[0]).append('"');
                String fill = fills.get(path[0]);
                if (fill != null) {
                    svg.append(" fill=\"").append(HtmlUtils.htmlEscape(fill)).append('"');
                }
            }
            svg.append(" d=\"").append(path[1]).append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The map inline in a page: each state in {@code shapes} (by code) a link with its label (also its tooltip), the
     * other countries plain shapes.
     */
    String inline(Map<String, Shape> shapes, String label) {
        StringBuilder svg = new StringBuilder(160_000)
                .append("<svg class=\"world\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(this.viewBox)
                .append("\" role=\"group\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label))
                .append("\">");
        for (String[] path : this.paths) {
            Shape shape = (path[0] != null) ? shapes.get(path[0]) : null;
            if (shape == null) {
                svg.append("<path class=\"not-a-state\" d=\"").append(path[1]).append("\"/>");
                continue;
            }
            String label2 = HtmlUtils.htmlEscape(shape.label());
            svg.append("<a href=\"")
                    .append(HtmlUtils.htmlEscape(shape.href()))
                    .append("\" aria-label=\"")
                    .append(label2)
                    .append("\" data-label=\"")
                    .append(label2)
                    .append("\"><title>")
                    .append(label2)
                    .append("</title><path id=\"")
                    .append(path[0])
                    .append("\" class=\"")
                    .append(HtmlUtils.htmlEscape(shape.cssClass()))
                    .append("\" d=\"")
                    .append(path[1])
                    .append("\"/></a>");
        }
        return svg.append("</svg>").toString();
    }
}
