package org.plenary.amendments.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.plenary.amendments.outcome.AmendmentOutcome;
import org.plenary.amendments.outcome.AmendmentOutcomes;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.amendments.outcome.ProposedChange;
import org.plenary.amendments.outcome.TargetNotFoundException;
import org.plenary.web.BadRequestException;

/**
 * {@code POST /api/v1/amendments/outcome}: the outcome rule ({@link AmendmentOutcomes}) on texts the caller gives,
 * so that anyone can check it on their own drafts. Stateless: nothing is read or stored. Any signed-in user (HTTP
 * Basic). A body the rule cannot read (an unknown kind, a field the kind does not take, targeted words that are not in
 * the paragraph) answers 400 with a message.
 */
@RestController
class OutcomeApiController {

    /** Far more than any negotiated paragraph (or the new paragraphs of a revision), small enough to answer fast. */
    static final int MAX_CHARS = 200_000;

    /**
     * Words of one paragraph (and of the words a proposal targets or brings): far more than any negotiated paragraph.
     * The rule aligns paragraphs word by word (Myers), whose cost grows with the product of their lengths and their
     * differences: 100,000 words of "a" against as many others kept a core busy for minutes; 1,000 cost at most
     * seconds. New paragraphs are only counted (Dice), so the next revision's new paragraphs keep {@link #MAX_CHARS}.
     */
    static final int MAX_WORDS = 1_000;

    /**
     * The answer.
     * @param outcome verbatim, partial, not-adopted, overtaken or deleted
     * @param share 0 to 1 (see {@link AmendmentOutcome#share()})
     * @param matched the proposal's words found in the successor
     * @param found the successor's words at the proposed place (for a new paragraph: the closest new paragraph)
     * @param reason why the rule decided so, e.g. {@code target-unchanged}
     * @param candidate for a new paragraph, the index of the closest new paragraph (0 for the first), else left out
     */
    record OutcomeJson(
            String outcome,
            double share,
            String matched,
            String found,
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer candidate) {}

    @PostMapping(path = "/api/v1/amendments/outcome", consumes = "application/json", produces = "application/json")
    OutcomeJson outcome(@RequestBody OutcomeRequest request) {
        ProposalKind kind = kind(request.kind());
        Map<String, String> given = new LinkedHashMap<>();
        given.put("paragraph", request.paragraph());
        given.put("old", request.old());
        given.put("after", request.after());
        given.put("new", request.words());
        given.put("successor", request.successor());
        given.forEach((field, text) -> {
            if (text != null && text.length() > MAX_CHARS) {
                throw new BadRequestException("amendment.api.tooLong", field);
            }
        });
        given.forEach((field, text) -> {
            boolean newParagraphs = kind == ProposalKind.NEW_PARAGRAPH && field.equals("successor");
            if (text != null && !newParagraphs && AmendmentOutcomes.wordCount(text) > MAX_WORDS) {
                throw new BadRequestException("amendment.api.tooManyWords", field);
            }
        });
        List<String> takes = switch (kind) {
            case REPLACE -> List.of("paragraph", "old", "new");
            case INSERT -> List.of("paragraph", "after", "new");
            case DELETE -> List.of("paragraph", "old");
            case NEW_PARAGRAPH -> List.of("new");
            case DELETE_PARAGRAPH -> List.of("paragraph");
        };
        for (String field : List.of("old", "after", "new")) {
            if (given.get(field) != null && !takes.contains(field)) {
                throw new BadRequestException("amendment.api.notFor." + kind.apiName(), field);
            }
        }
        for (String field : takes) {
            if (given.get(field) == null || given.get(field).isBlank()) {
                throw new BadRequestException("amendment.api.required", field);
            }
        }
        int occurrence = (request.occurrence() != null) ? request.occurrence() : 0;
        if (occurrence < 0) {
            throw new BadRequestException("amendment.api.occurrence", occurrence);
        }
        String target = (kind == ProposalKind.INSERT) ? request.after() : request.old();
        ProposedChange change = new ProposedChange(kind, target, request.words(), occurrence);
        if (change.changesNothing()) {
            throw new BadRequestException("amendment.api.same", null);
        }
        AmendmentOutcome outcome;
        try {
            if (kind == ProposalKind.NEW_PARAGRAPH) {
                List<String> candidates = (request.successor() == null)
                        ? List.of()
                        : Arrays.stream(request.successor().split("\\R\\s*\\R"))
                                .filter((p) -> !p.isBlank())
                                .toList();
                outcome = AmendmentOutcomes.decideNewParagraph(request.words(), candidates);
            } else {
                outcome = AmendmentOutcomes.decide(
                        change,
                        request.paragraph(),
                        (request.successor() != null) ? List.of(request.successor()) : List.of());
            }
        } catch (TargetNotFoundException ex) {
            if (ex.inWords()) {
                throw new BadRequestException("amendment.api.required", "new");
            }
            throw new BadRequestException("amendment.api.notInParagraph", ex.target());
        }
        return new OutcomeJson(
                outcome.outcome().apiName(),
                outcome.share(),
                outcome.matched(),
                outcome.found(),
                outcome.reason().key(),
                outcome.paragraphIndex());
    }

    private static ProposalKind kind(String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("amendment.api.kindRequired", null);
        }
        try {
            return ProposalKind.ofApiName(name);
        } catch (IllegalArgumentException ex) {
            throw new BadRequestException("amendment.api.kind", name.strip());
        }
    }
}
