package org.plenary.amendments.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.plenary.actors.ActorRef;
import org.plenary.amendments.AmendmentReading;
import org.plenary.amendments.AmendmentViews;
import org.plenary.web.BadRequestException;
import org.plenary.web.PageNumber;

/**
 * {@code GET /api/v1/processes/{process}/amendments?actor=&revision=&outcome=&kind=&issue=&page=&size=}: a process's
 * proposals with their outcomes, a page at a time (the body is the array of the contract; {@code X-Total-Count} and a
 * {@code Link} header with {@code next}/{@code prev} say where the others are). {@code issue} is an issue's slug (any case), as the uptake
 * ranking's filter takes it; an issue the process does not have is a 400. Public data only for anonymous
 * callers: proposals against published revisions, and no actor named from a stand whose only evidence is a Chatham
 * House meeting.
 */
@RestController
class AmendmentsApiController {

    static final int DEFAULT_SIZE = 25;

    static final int MAX_SIZE = 200;

    private final AmendmentReading reading;

    AmendmentsApiController(AmendmentReading reading) {
        this.reading = reading;
    }

    /**
     * One proposal.
     * @param actor the first proponent's code (a group's own code when its spokesperson proposed), {@code null} when
     * the caller may not know who proposed it
     * @param proponents every proponent's code, in the order they proposed it
     * @param paragraph its label in the revision (the start of its text when it has none)
     * @param old the words it replaces or deletes, else {@code null}
     * @param after the words after which it inserts, else {@code null}
     * @param words the words it brings (JSON {@code "new"}), else {@code null}
     * @param outcome verbatim, partial, not-adopted, overtaken, deleted, or pending (no next revision yet); an
     * analyst's override wins over the computed outcome
     * @param share the share of the outcome, {@code null} while pending
     * @param issue the slug of the process's issue it bears on, {@code null} when none is recorded
     */
    record ProposalJson(
            Long id,
            String actor,
            String actorName,
            List<String> proponents,
            String revision,
            String paragraph,
            Long lineage,
            String kind,
            String old,
            String after,

            @com.fasterxml.jackson.annotation.JsonProperty("new")
            String words,

            String outcome,
            Double share,
            boolean overridden,
            String issue,
            List<String> supporters,
            List<String> opponents) {}

    @GetMapping(path = "/api/v1/processes/{process}/amendments", produces = "application/json")
    ResponseEntity<List<ProposalJson>> proposals(
            @PathVariable String process,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String revision,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String issue,
            @RequestParam(defaultValue = "0") PageNumber page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size,
            Authentication caller) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("amendment.api.size", MAX_SIZE);
        }
        AmendmentViews.ProposalPage found = this.reading.page(
                process, new AmendmentViews.Filters(revision, actor, outcome, kind, issue), page.value(), size, caller);
        List<ProposalJson> body =
                found.proposals().stream().map(AmendmentsApiController::json).toList();
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Total-Count", Long.toString(found.total()));
        List<String> links = new ArrayList<>();
        if (found.hasNext()) {
            links.add(link(page.value() + 1, "next"));
        }
        if (page.value() > 0) {
            links.add(link(page.value() - 1, "prev"));
        }
        if (!links.isEmpty()) {
            headers.add(HttpHeaders.LINK, String.join(", ", links));
        }
        return ResponseEntity.ok().headers(headers).body(body);
    }

    private static String link(int page, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }

    private static ProposalJson json(AmendmentViews.Proposal proposal) {
        List<ActorRef> proponents =
                proposal.proponents().stream().map(AmendmentViews.Stand::actor).toList();
        ActorRef first = proponents.isEmpty() ? null : proponents.get(0);
        String target = proposal.kind().targetsWords() ? proposal.target() : null;
        boolean insert = proposal.kind() == org.plenary.amendments.outcome.ProposalKind.INSERT;
        String paragraph =
                (proposal.node().label() != null && !proposal.node().label().isBlank())
                        ? proposal.node().label()
                        : proposal.node().shortName();
        return new ProposalJson(
                proposal.id(),
                (first != null) ? first.code() : null,
                (first != null) ? first.name() : null,
                proponents.stream().map(ActorRef::code).toList(),
                proposal.revision().label(),
                paragraph,
                proposal.node().lineageId(),
                proposal.kind().apiName(),
                insert ? null : target,
                insert ? target : null,
                proposal.kind().bringsWords() ? proposal.words() : null,
                proposal.outcomeName(),
                (proposal.outcome() != null) ? proposal.outcome().share() : null,
                proposal.outcome() != null && proposal.outcome().override() != null,
                (proposal.issue() != null) ? proposal.issue().slug() : null,
                proposal.supporters().stream().map((s) -> s.actor().code()).toList(),
                proposal.opponents().stream().map((s) -> s.actor().code()).toList());
    }
}
