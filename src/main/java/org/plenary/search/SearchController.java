package org.plenary.search;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.plenary.notes.NoteReader.Viewer;
import org.plenary.web.BadRequestException;
import org.plenary.web.PageNumber;

/**
 * The search page: the box of every page's header sends its words here. Anyone may search; each reader finds only
 * what they may read. Two SQL statements whatever the data: the filters' choices and the search itself.
 */
@Controller
class SearchController {

    private final SearchReader search;

    SearchController(SearchReader search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(name = "kind", required = false) List<SearchKind> kinds,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long round,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") PageNumber page,
            Authentication authentication,
            HttpServletResponse response,
            Model model) {
        Viewer viewer = Viewer.of(authentication);
        SearchQuery query = SearchQuery.of(q, kinds, process, from, to, round, tag, actor);
        FilterChoices choices = this.search.choices(viewer);
        if (query.process() != null && !choices.hasProcess(query.process())) {
            throw new BadRequestException("search.unknownProcess", query.process());
        }
        SearchResults results = this.search.search(query, page.value(), viewer);
        if (results.unknownActor()) {
            // The page, with the message at the field: the reader can correct the name.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("query", query);
        model.addAttribute("kinds", this.search.kinds());
        model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
        model.addAttribute("choices", choices);
        model.addAttribute("results", results);
        return "search/results";
    }
}
