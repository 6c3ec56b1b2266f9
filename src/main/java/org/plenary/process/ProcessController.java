package org.plenary.process;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.plenary.web.NotFoundException;

/**
 * Home (every process on its timeline), a process overview and its calendar.
 */
@Controller
class ProcessController {

    private final ProcessCatalog catalog;

    private final TimelineReader timelines;

    private final Processes processes;

    private final org.springframework.beans.factory.ObjectProvider<HomePageSection> sections;

    ProcessController(
            ProcessCatalog catalog,
            TimelineReader timelines,
            Processes processes,
            org.springframework.beans.factory.ObjectProvider<HomePageSection> sections) {
        this.sections = sections;
        this.catalog = catalog;
        this.timelines = timelines;
        this.processes = processes;
    }

    @GetMapping("/")
    String home(
            org.springframework.security.core.Authentication authentication,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        HomePageSection.Request asked = new HomePageSection.Request(authentication, request);
        model.addAttribute(
                "sections",
                this.sections
                        .orderedStream()
                        .flatMap((section) -> section.of(asked).stream())
                        .sorted(java.util.Comparator.comparingInt(HomePageSection.Section::order))
                        .toList());
        model.addAttribute("timelines", this.timelines.timelines(this.catalog.all()));
        return "process/home";
    }

    @GetMapping("/processes/{slug}")
    String process(@PathVariable String slug, Model model) {
        ProcessRef process = find(slug);
        model.addAttribute("process", process);
        model.addAttribute(
                "timeline", this.timelines.timelines(List.of(process)).get(0));
        return "process/process";
    }

    @GetMapping("/processes/{slug}/calendar")
    String calendar(@PathVariable String slug, Model model) {
        ProcessRef process = find(slug);
        model.addAttribute("process", process);
        model.addAttribute("calendar", CalendarView.of(process, this.processes.findCalendarRows(process.id())));
        return "process/calendar";
    }

    private ProcessRef find(String slug) {
        return this.catalog.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }
}
