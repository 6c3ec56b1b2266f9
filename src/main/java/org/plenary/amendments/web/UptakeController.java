package org.plenary.amendments.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.amendments.Uptake;
import org.plenary.web.SpreadsheetCsv;

/**
 * "Whose language is making it into the text?": actors and groups ranked by the uptake of their proposals, as a page
 * and as CSV, for the proposals against one revision, on one issue, and of the states of one regional group. Public,
 * with the Chatham House rule applied for anonymous readers.
 */
@Controller
class UptakeController {

    private final Uptake uptake;

    UptakeController(Uptake uptake) {
        this.uptake = uptake;
    }

    @GetMapping("/processes/{slug}/uptake")
    String page(
            @PathVariable String slug,
            @RequestParam(required = false) String revision,
            @RequestParam(required = false) String issue,
            @RequestParam(required = false) String region,
            Authentication viewer,
            Model model) {
        Uptake.Ranking ranking = this.uptake.ranking(slug, revision, issue, region, viewer);
        model.addAttribute("ranking", ranking);
        model.addAttribute("process", ranking.process());
        return "amendments/uptake";
    }

    @GetMapping("/processes/{slug}/uptake.csv")
    ResponseEntity<String> csv(
            @PathVariable String slug,
            @RequestParam(required = false) String revision,
            @RequestParam(required = false) String issue,
            @RequestParam(required = false) String region,
            Authentication viewer) {
        Uptake.Ranking ranking = this.uptake.ranking(slug, revision, issue, region, viewer);
        List<List<?>> records = new ArrayList<>();
        for (Uptake.Row row : ranking.rows()) {
            records.add(List.of(
                    row.actor().code(),
                    row.actor().name(),
                    row.proposals(),
                    row.decided(),
                    row.verbatim(),
                    row.partial(),
                    row.notAdopted(),
                    row.overtaken(),
                    row.deleted(),
                    String.format(java.util.Locale.ROOT, "%.3f", row.rate()),
                    (row.actor().regionalGroup() != null)
                            ? row.actor().regionalGroup().name()
                            : ""));
        }
        String body = SpreadsheetCsv.write(
                List.of(
                        "code",
                        "actor",
                        "proposals",
                        "decided",
                        "verbatim",
                        "partial",
                        "not_adopted",
                        "overtaken",
                        "deleted",
                        "uptake",
                        "regional_group"),
                records);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-uptake.csv\"")
                .body(body);
    }
}
