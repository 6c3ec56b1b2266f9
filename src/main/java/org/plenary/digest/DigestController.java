package org.plenary.digest;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.BadRequestException;
import org.plenary.web.NotFoundException;

/**
 * The day's digest of a process, on screen and as a print view; {@code /digest} alone opens the latest day with
 * anything to show.
 */
@Controller
class DigestController {

    private final ProcessCatalog processes;

    private final DigestReader digests;

    private final Clock clock;

    DigestController(ProcessCatalog processes, DigestReader digests, Clock clock) {
        this.processes = processes;
        this.digests = digests;
        this.clock = clock;
    }

    @GetMapping("/processes/{slug}/digest")
    String latest(@PathVariable String slug, Authentication authentication) {
        ProcessRef process = process(slug);
        LocalDate today = process.defaultAsOf(LocalDate.now(this.clock));
        LocalDate day = this.digests.latestDay(process, today, authentication).orElse(today);
        return "redirect:/processes/" + process.slug() + "/digest/" + day;
    }

    @GetMapping("/processes/{slug}/digest/{day}")
    String day(
            @PathVariable String slug,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Authentication authentication,
            Model model) {
        return show(slug, day, authentication, model, "digest/day");
    }

    @GetMapping("/processes/{slug}/digest/{day}/print")
    String print(
            @PathVariable String slug,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Authentication authentication,
            Model model) {
        return show(slug, day, authentication, model, "digest/print");
    }

    private String show(String slug, LocalDate day, Authentication authentication, Model model, String view) {
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            throw new BadRequestException("digest.day.outOfRange", day);
        }
        ProcessRef process = process(slug);
        model.addAttribute("process", process);
        model.addAttribute("digest", this.digests.read(process, day, authentication));
        return view;
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }
}
