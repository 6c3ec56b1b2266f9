package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.RegionalGroup;
import org.plenary.positions.IssueView;
import org.plenary.positions.MatrixReader;
import org.plenary.positions.MatrixView;
import org.plenary.process.ProcessRef;
import org.plenary.web.SpreadsheetCsv;

/**
 * Actors x issues as of a date, with filters, and its CSV export. The export is public data: it never holds
 * positions that rest only on a Chatham House meeting, whoever asks.
 */
@Controller
class MatrixController {

    private final Readers readers;

    private final MatrixReader matrices;

    private final ActorDirectory actors;

    MatrixController(Readers readers, MatrixReader matrices, ActorDirectory actors) {
        this.readers = readers;
        this.matrices = matrices;
        this.actors = actors;
    }

    @GetMapping("/processes/{slug}/matrix")
    String matrix(
            @PathVariable String slug,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) RegionalGroup region,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "false") boolean only,
            Authentication authentication,
            Model model) {
        ProcessRef process = this.readers.process(slug);
        List<IssueView> issues = this.readers.issues(process);
        List<ActorRef> groups = this.actors.groups();
        Long groupId = groupId(groups, group);
        LocalDate date = this.readers.asOf(process, asOf);
        model.addAttribute("process", process);
        model.addAttribute(
                "matrix",
                this.matrices.matrix(
                        process.id(), issues, date, region, groupId, only, Readers.signedIn(authentication)));
        model.addAttribute(
                "groups",
                groups.stream()
                        .sorted(java.util.Comparator.comparing(ActorRef::name))
                        .toList());
        model.addAttribute("regions", RegionalGroup.values());
        model.addAttribute("region", region);
        model.addAttribute("group", group);
        model.addAttribute("only", only);
        return "positions/matrix";
    }

    @GetMapping("/processes/{slug}/matrix.csv")
    ResponseEntity<String> csv(
            @PathVariable String slug,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) RegionalGroup region,
            @RequestParam(required = false) String group,
            @RequestParam(defaultValue = "false") boolean only) {
        ProcessRef process = this.readers.process(slug);
        List<IssueView> issues = this.readers.issues(process);
        Long groupId = StringUtils.hasText(group)
                ? groupId(
                        this.actors.find(group).filter((a) -> a.kind() == ActorKind.GROUP).stream()
                                .toList(),
                        group)
                : null;
        LocalDate date = this.readers.asOf(process, asOf);
        MatrixView matrix = this.matrices.matrix(process.id(), issues, date, region, groupId, only, false);
        List<String> header = new ArrayList<>(List.of("code", "name", "regional_group"));
        for (IssueView issue : issues) {
            header.add(issue.slug());
            header.add(issue.slug() + "_via");
            header.add(issue.slug() + "_from");
        }
        List<List<Object>> records = new ArrayList<>();
        for (MatrixView.Row row : matrix.rows()) {
            List<Object> record = new ArrayList<>(List.of(
                    row.code(),
                    row.name(),
                    (row.regionalGroup() != null) ? row.regionalGroup().name() : ""));
            for (MatrixView.Cell cell : row.cells()) {
                record.add((cell != null) ? cell.option().key() : "");
                record.add((cell != null && cell.viaName() != null) ? cell.viaName() : "");
                record.add((cell != null) ? cell.validFrom().toString() : "");
            }
            records.add(record);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(slug + "-positions-" + date + ".csv")
                                .build()
                                .toString())
                .body(SpreadsheetCsv.write(header, records));
    }

    private static Long groupId(List<ActorRef> groups, String code) {
        if (!StringUtils.hasText(code)) {
            return null;
        }
        // An unknown group matches no one rather than everyone.
        return groups.stream()
                .filter((g) -> g.code().equalsIgnoreCase(code))
                .map(ActorRef::id)
                .findFirst()
                .orElse(-1L);
    }
}
