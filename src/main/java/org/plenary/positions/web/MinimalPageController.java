package org.plenary.positions.web;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The yardstick of the line-up load benchmark: a page behind the same security chain as the line-up, with one
 * query and a Thymeleaf template in the same layout. Exists only in the {@code benchmark} profile.
 */
@Controller
@Profile("benchmark")
class MinimalPageController {

    private final Readers readers;

    MinimalPageController(Readers readers) {
        this.readers = readers;
    }

    @GetMapping("/processes/{slug}/benchmark-minimal")
    String minimal(@PathVariable String slug, Model model) {
        model.addAttribute("process", this.readers.process(slug));
        return "bench/minimal";
    }
}
