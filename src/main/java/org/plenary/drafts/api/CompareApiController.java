package org.plenary.drafts.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.drafts.compare.RevisionComparison;
import org.plenary.drafts.compare.RevisionComparisons;

/**
 * {@code GET /api/v1/processes/{process}/compare?from=&to=}: two revisions (by id or label) compared paragraph by
 * paragraph, aligned by lineage, in the contract of {@code POST /api/v1/diff} with each paragraph's lineage id.
 * Needs a login (drafts may be confidential).
 */
@RestController
class CompareApiController {

    private final RevisionComparisons comparisons;

    CompareApiController(RevisionComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping(path = "/api/v1/processes/{process}/compare", produces = "application/json")
    ComparisonJson compare(@PathVariable String process, @RequestParam String from, @RequestParam String to) {
        RevisionComparison comparison = this.comparisons.compare(process, from, to);
        return ComparisonJson.of(
                comparison.comparison(),
                (i) -> comparison.fromNodes().get(i).lineageId(),
                (j) -> comparison.toNodes().get(j).lineageId());
    }
}
