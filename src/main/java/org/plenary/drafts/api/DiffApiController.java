package org.plenary.drafts.api;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.diff.ParagraphDiff;

/**
 * {@code POST /api/v1/diff}: compares two texts paragraph by paragraph (any logged-in user).
 */
@RestController
class DiffApiController {

    @PostMapping(path = "/api/v1/diff", consumes = "application/json", produces = "application/json")
    ComparisonJson diff(@Valid @RequestBody DiffRequest request) {
        return ComparisonJson.of(ParagraphDiff.compare(request.from(), request.to()));
    }
}
