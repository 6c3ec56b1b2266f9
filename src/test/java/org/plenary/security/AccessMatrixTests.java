package org.plenary.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.plenary.PlenaryIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every handler mapping of the application with every role and anonymously, against the table below. A
 * handler that is not in the table fails the test, so a new endpoint cannot ship without a decision on who may
 * reach it.
 */
@PlenaryIntegrationTest
class AccessMatrixTests {

    /** Who may reach a handler. */
    enum Access {
        PUBLIC(null),
        AUTHENTICATED(null),
        VIEWER(Role.VIEWER),
        COORDINATOR(Role.COORDINATOR),
        ANALYST(Role.ANALYST),
        /** Coordinators and analysts (amendment proposals, issue #9). */
        COORDINATOR_OR_ANALYST(null),
        ADMIN(Role.ADMIN);

        private final Role role;

        Access(Role role) {
            this.role = role;
        }

        boolean allows(Role who) {
            if (this == PUBLIC) {
                return true;
            }
            if (who == null) {
                return false;
            }
            if (this == AUTHENTICATED || who == Role.ADMIN) {
                return true;
            }
            if (this == COORDINATOR_OR_ANALYST) {
                return who == Role.COORDINATOR || who == Role.ANALYST;
            }
            return switch (this.role) {
                case VIEWER -> true;
                case COORDINATOR -> who == Role.COORDINATOR;
                case ANALYST -> who == Role.ANALYST;
                default -> false;
            };
        }
    }

    record Rule(Access access, String sampleUrl) {}

    /** "METHOD pattern" of each handler -> who may reach it, and a concrete URL to try. */
    static final Map<String, Rule> TABLE = new LinkedHashMap<>();

    static {
        rule("GET /", Access.PUBLIC, "/");
        rule("GET /login", Access.PUBLIC, "/login");
        rule("GET /processes/{slug}", Access.PUBLIC, "/processes/gcm");
        rule("GET /processes/{slug}/calendar", Access.PUBLIC, "/processes/gcm/calendar");
        rule("GET /actors", Access.PUBLIC, "/actors");
        rule("GET /actors/{code}", Access.PUBLIC, "/actors/AUT");
        rule("GET /groups/{code}", Access.PUBLIC, "/groups/EU27");
        rule("GET /admin", Access.ADMIN, "/admin");
        rule("GET /admin/audit", Access.ADMIN, "/admin/audit");
        rule("GET /admin/audit/requests/{id}", Access.ADMIN, "/admin/audit/requests/999999");
        // Positions and line-ups (#3): reading is public, entry is for coordinators.
        rule("GET /processes/{slug}/issues", Access.PUBLIC, "/processes/gcm/issues");
        rule(
                "GET /processes/{slug}/issues/{issue}/lineup",
                Access.PUBLIC,
                "/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-12");
        rule(
                "GET /processes/{slug}/issues/{issue}/map.svg",
                Access.PUBLIC,
                "/processes/gcm/issues/regular-irregular/map.svg?asOf=2018-03-12");
        rule("GET /processes/{slug}/matrix", Access.PUBLIC, "/processes/gcm/matrix?asOf=2018-03-15");
        rule("GET /css/stances.css", Access.PUBLIC, "/css/stances.css");
        rule("GET /map", Access.PUBLIC, "/map");
        rule(
                "GET /processes/{slug}/issues/{issue}/map",
                Access.PUBLIC,
                "/processes/gcm/issues/regular-irregular/map?asOf=2018-03-12");
        rule("GET /processes/{slug}/matrix.csv", Access.PUBLIC, "/processes/gcm/matrix.csv?asOf=2018-03-15");
        rule("GET /actors/{code}/positions", Access.PUBLIC, "/actors/BRA/positions?process=gcm");
        rule(
                "GET /processes/{slug}/issues/{issue}/positions/new",
                Access.COORDINATOR,
                "/processes/gcm/issues/regular-irregular/positions/new");
        rule(
                "POST /processes/{slug}/issues/{issue}/positions/new",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/positions/new");
        rule("GET /positions/{id}/edit", Access.COORDINATOR, "/positions/999999/edit");
        rule("POST /positions/{id}/edit", Access.COORDINATOR, "/positions/999999/edit");
        rule("POST /positions/{id}/retract", Access.COORDINATOR, "/positions/999999/retract");
        rule("POST /positions/batches/{id}/undo", Access.COORDINATOR, "/positions/batches/999999/undo");
        // Issues admin (#3): setting up issues and their stance options is for coordinators.
        rule("GET /processes/{slug}/issues/new", Access.COORDINATOR, "/processes/gcm/issues/new");
        rule("POST /processes/{slug}/issues/new", Access.COORDINATOR, "/processes/no-such-process/issues/new");
        rule(
                "GET /processes/{slug}/issues/{issue}/edit",
                Access.COORDINATOR,
                "/processes/gcm/issues/regular-irregular/edit");
        rule(
                "POST /processes/{slug}/issues/{issue}/edit",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/edit");
        rule(
                "POST /processes/{slug}/issues/{issue}/archive",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/archive?version=0");
        rule(
                "POST /processes/{slug}/issues/{issue}/options/new",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/options/new");
        rule(
                "GET /processes/{slug}/issues/{issue}/options/{key}/edit",
                Access.COORDINATOR,
                "/processes/gcm/issues/regular-irregular/options/between/edit");
        rule(
                "POST /processes/{slug}/issues/{issue}/options/{key}/edit",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/options/none/edit");
        rule(
                "POST /processes/{slug}/issues/{issue}/options/{key}/move",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/options/none/move?direction=up");
        rule(
                "POST /processes/{slug}/issues/{issue}/options/{key}/delete",
                Access.COORDINATOR,
                "/processes/no-such-process/issues/none/options/none/delete");
        // Notes (#7): reading is public (each note shows only to whom its visibility admits), writing for coordinators.
        rule("GET /processes/{slug}/notes", Access.PUBLIC, "/processes/gcm/notes");
        rule("GET /processes/{slug}/notes/days/{day}", Access.PUBLIC, "/processes/gcm/notes/days/2018-03-12");
        rule("GET /notes/{id}", Access.PUBLIC, "/notes/999999");
        rule("GET /notes/{id}/print", Access.PUBLIC, "/notes/999999/print");
        rule("GET /search", Access.PUBLIC, "/search?q=firewall");
        rule("GET /processes/{slug}/notes/new", Access.COORDINATOR, "/processes/gcm/notes/new");
        rule("POST /processes/{slug}/notes/new", Access.COORDINATOR, "/processes/no-such-process/notes/new");
        rule("GET /notes/{id}/edit", Access.COORDINATOR, "/notes/999999/edit");
        rule("POST /notes/{id}/edit", Access.COORDINATOR, "/notes/999999/edit");
        rule("GET /notes/{id}/history", Access.COORDINATOR, "/notes/999999/history");
        rule("POST /notes/preview", Access.COORDINATOR, "/notes/preview");
        rule("GET /notes/{id}/lineup", Access.COORDINATOR, "/notes/999999/lineup");
        rule("POST /notes/{id}/lineup", Access.COORDINATOR, "/notes/999999/lineup?issue=none");
        rule("POST /notes/{id}/lineup/undo", Access.COORDINATOR, "/notes/999999/lineup/undo?issue=none");
        // Corrections of a note's names (#7, session 16): whoever may edit the note.
        rule("POST /notes/{id}/mentions", Access.COORDINATOR, "/notes/999999/mentions");
        rule("POST /notes/{id}/mentions/remove", Access.COORDINATOR, "/notes/999999/mentions/remove");
        rule("POST /api/v1/mentions", Access.COORDINATOR, "/api/v1/mentions?date=2018-03-12");
        rule("POST /api/v1/lineups/parse", Access.COORDINATOR, "/api/v1/lineups/parse?date=2018-03-12");
        rule("GET /api/v1/processes", Access.PUBLIC, "/api/v1/processes");
        rule("GET /api/v1/processes/{process}/issues", Access.PUBLIC, "/api/v1/processes/gcm/issues");
        rule(
                "GET /api/v1/processes/{process}/issues/{issue}/lineup",
                Access.PUBLIC,
                "/api/v1/processes/gcm/issues/regular-irregular/lineup?asOf=2018-03-12");
        rule("GET /api/v1/actors/{code}/positions", Access.PUBLIC, "/api/v1/actors/BRA/positions?process=gcm");
        // Draft revisions (#4, #12): published revisions are public documents (an anonymous reader asking for a
        // draft revision is sent to log in: DraftsArePublicWhenPublishedTests); importing and correcting needs ANALYST.
        rule("GET /drafts/{slug}", Access.PUBLIC, "/drafts/gcm");
        rule(
                "GET /drafts/{slug}/compare",
                Access.PUBLIC,
                "/drafts/gcm/compare?from=Zero Draft (illustrative)&to=Zero Draft Plus (illustrative)");
        rule(
                "GET /drafts/{slug}/compare.docx",
                Access.PUBLIC,
                "/drafts/gcm/compare.docx?from=Zero Draft (illustrative)&to=Zero Draft Plus (illustrative)");
        rule("GET /drafts/{slug}/paragraphs/{lineage}", Access.PUBLIC, "/drafts/gcm/paragraphs/999999");
        rule(
                "GET /drafts/{slug}/revisions/{revision}",
                Access.PUBLIC,
                "/drafts/gcm/revisions/Zero Draft (illustrative)");
        rule("GET /drafts/{slug}/revisions/{revision}/links", Access.VIEWER, "/drafts/gcm/revisions/999999/links");
        rule("GET /drafts/{slug}/terms", Access.PUBLIC, "/drafts/gcm/terms?phrase=detention");
        rule("GET /drafts/{slug}/import", Access.ANALYST, "/drafts/gcm/import");
        // Amendment proposals (#9): reading is public like the published revisions (session 17: an anonymous reader
        // sees those heard in public, against published revisions); coordinators and analysts record them.
        rule("GET /drafts/{slug}/amendments", Access.PUBLIC, "/drafts/gcm/amendments");
        rule("GET /processes/{slug}/uptake", Access.PUBLIC, "/processes/gcm/uptake");
        // An actor's ideal text (session 16): public like the published revisions it applies proposals to.
        rule(
                "GET /drafts/{slug}/revisions/{revision}/ideal",
                Access.PUBLIC,
                "/drafts/gcm/revisions/Zero Draft Plus (illustrative)/ideal?actor=EU27");
        rule("GET /drafts/{slug}/ideal", Access.PUBLIC, "/drafts/gcm/ideal?actor=EU27");
        rule("GET /processes/{slug}/uptake.csv", Access.PUBLIC, "/processes/gcm/uptake.csv");
        rule("GET /drafts/{slug}/amendments/{id}", Access.PUBLIC, "/drafts/gcm/amendments/999999");
        rule(
                "GET /drafts/{slug}/amendments/new",
                Access.COORDINATOR_OR_ANALYST,
                "/drafts/gcm/amendments/new?node=999999");
        rule(
                "POST /drafts/{slug}/amendments/new",
                Access.COORDINATOR_OR_ANALYST,
                "/drafts/no-such-process/amendments/new");
        rule(
                "GET /drafts/{slug}/amendments/{id}/edit",
                Access.COORDINATOR_OR_ANALYST,
                "/drafts/gcm/amendments/999999/edit");
        rule(
                "POST /drafts/{slug}/amendments/{id}/edit",
                Access.COORDINATOR_OR_ANALYST,
                "/drafts/no-such-process/amendments/999999/edit");
        rule(
                "POST /drafts/{slug}/amendments/{id}/outcome",
                Access.ANALYST,
                "/drafts/no-such-process/amendments/999999/outcome?version=0");
        rule(
                "POST /drafts/{slug}/revisions/{revision}/outcomes",
                Access.ANALYST,
                "/drafts/no-such-process/revisions/999999/outcomes");
        rule(
                "POST /drafts/{slug}/amendments/{id}/stands",
                Access.COORDINATOR_OR_ANALYST,
                "/drafts/no-such-process/amendments/999999/stands");
        rule(
                "POST /drafts/{slug}/amendments/{id}/stands/{stand}/remove",
                Access.COORDINATOR_OR_ANALYST,
                "/drafts/no-such-process/amendments/999999/stands/999999/remove?version=0");
        rule("POST /drafts/{slug}/import", Access.ANALYST, "/drafts/no-such-process/import");
        rule("POST /drafts/{slug}/import/preview", Access.ANALYST, "/drafts/no-such-process/import/preview");
        rule("POST /drafts/{slug}/import/save", Access.ANALYST, "/drafts/no-such-process/import/save");
        rule("GET /drafts/{slug}/nodes/{node}/edit", Access.ANALYST, "/drafts/gcm/nodes/999999/edit");
        rule("POST /drafts/{slug}/nodes/{node}/edit", Access.ANALYST, "/drafts/no-such-process/nodes/999999/edit");
        rule(
                "POST /drafts/{slug}/revisions/{revision}/links/{node}",
                Access.ANALYST,
                "/drafts/no-such-process/revisions/999999/links/999999");
        rule(
                "POST /drafts/{slug}/revisions/{revision}/publish",
                Access.ANALYST,
                "/drafts/no-such-process/revisions/999999/publish");
        rule("POST /api/v1/diff", Access.VIEWER, "/api/v1/diff");
        // Added by "fixes" (session 15) from SecurityConfiguration and the controllers' @PreAuthorize, for handlers
        // that had landed without a row (feeds, interventions, suggestions #8; a note's line-up alias #7).
        // Amendments API (#9): the outcome rule for any signed-in user; proposals public (public data only).
        rule("POST /api/v1/amendments/outcome", Access.VIEWER, "/api/v1/amendments/outcome");
        rule("GET /api/v1/processes/{process}/amendments", Access.PUBLIC, "/api/v1/processes/gcm/amendments");
        rule(
                "GET /api/v1/processes/{process}/compare",
                Access.VIEWER,
                "/api/v1/processes/gcm/compare?from=999998&to=999999");
        // Interventions (#8), as SecurityConfiguration and InterventionController's @PreAuthorize say: reading is
        // public (Chatham House speakers withheld), writing is for coordinators.
        rule("GET /processes/{slug}/interventions", Access.PUBLIC, "/processes/gcm/interventions");
        rule("GET /processes/{slug}/interventions/{id}", Access.PUBLIC, "/processes/gcm/interventions/999999");
        rule("GET /processes/{slug}/interventions/new", Access.COORDINATOR, "/processes/gcm/interventions/new");
        rule(
                "POST /processes/{slug}/interventions/new",
                Access.COORDINATOR,
                "/processes/no-such-process/interventions/new");
        rule(
                "GET /processes/{slug}/interventions/{id}/edit",
                Access.COORDINATOR,
                "/processes/gcm/interventions/999999/edit");
        rule(
                "POST /processes/{slug}/interventions/{id}/edit",
                Access.COORDINATOR,
                "/processes/no-such-process/interventions/999999/edit");
        rule(
                "POST /processes/{slug}/interventions/{id}/delete",
                Access.COORDINATOR,
                "/processes/no-such-process/interventions/999999/delete");
        // The interventions API is a public read, the suggestions API is for coordinators like the mentions API, and
        // adding an alias from the line-up review is for administrators.
        rule("GET /api/v1/processes/{process}/interventions", Access.PUBLIC, "/api/v1/processes/gcm/interventions");
        rule("POST /api/v1/interventions/suggest", Access.COORDINATOR, "/api/v1/interventions/suggest?date=2018-03-12");
        rule("POST /notes/{id}/lineup/alias", Access.ADMIN, "/notes/999999/lineup/alias?issue=none&alias=0");
        // Feeds and the day's digest (#8): public, showing what the reader may see.
        rule("GET /processes/{slug}/feed.atom", Access.PUBLIC, "/processes/gcm/feed.atom");
        rule("GET /processes/{slug}/tags/{tag}/feed.atom", Access.PUBLIC, "/processes/gcm/tags/labour/feed.atom");
        rule("GET /actors/{code}/feed.atom", Access.PUBLIC, "/actors/AUT/feed.atom");
        rule("GET /processes/{slug}/digest", Access.PUBLIC, "/processes/gcm/digest");
        rule("GET /processes/{slug}/digest/{day}", Access.PUBLIC, "/processes/gcm/digest/2018-03-12");
        rule("GET /processes/{slug}/digest/{day}/print", Access.PUBLIC, "/processes/gcm/digest/2018-03-12/print");
        rule("POST /follows/{kind}/{id}", Access.AUTHENTICATED, "/follows/issues/999999");
        rule("POST /follows/{kind}/{id}/delete", Access.AUTHENTICATED, "/follows/issues/999999/delete");
        rule("POST /follows/seen", Access.AUTHENTICATED, "/follows/seen");
        // Administration. POSTs name records that do not exist, so that walking the table changes no data.
        rule("GET /admin/accounts", Access.ADMIN, "/admin/accounts");
        rule("GET /admin/accounts/new", Access.ADMIN, "/admin/accounts/new");
        rule("GET /admin/accounts/{id}", Access.ADMIN, "/admin/accounts/999999");
        rule("GET /admin/actors", Access.ADMIN, "/admin/actors");
        rule("GET /admin/actors/new", Access.ADMIN, "/admin/actors/new");
        rule("GET /admin/actors/{code}", Access.ADMIN, "/admin/actors/AUT");
        rule("GET /admin/groups/{code}", Access.ADMIN, "/admin/groups/EU27");
        rule("GET /admin/groups/{code}/memberships/{id}", Access.ADMIN, "/admin/groups/EU27/memberships/999999");
        rule("GET /admin/processes", Access.ADMIN, "/admin/processes");
        rule("GET /admin/processes/new", Access.ADMIN, "/admin/processes/new");
        rule("GET /admin/processes/{slug}", Access.ADMIN, "/admin/processes/gcm");
        rule(
                "GET /admin/processes/{slug}/days/{dayId}/meetings/new",
                Access.ADMIN,
                "/admin/processes/gcm/days/999999/meetings/new");
        rule("GET /admin/processes/{slug}/meetings/{id}", Access.ADMIN, "/admin/processes/gcm/meetings/999999");
        rule("GET /admin/processes/{slug}/phases/new", Access.ADMIN, "/admin/processes/gcm/phases/new");
        rule("GET /admin/processes/{slug}/phases/{id}", Access.ADMIN, "/admin/processes/gcm/phases/999999");
        rule("GET /admin/processes/{slug}/rounds/new", Access.ADMIN, "/admin/processes/gcm/rounds/new");
        rule("GET /admin/processes/{slug}/rounds/{id}", Access.ADMIN, "/admin/processes/gcm/rounds/999999");
        rule("POST /admin/accounts", Access.ADMIN, "/admin/accounts");
        rule("POST /admin/accounts/{id}", Access.ADMIN, "/admin/accounts/999999");
        rule("POST /admin/accounts/{id}/password", Access.ADMIN, "/admin/accounts/999999/password");
        rule("POST /admin/accounts/{id}/unlock", Access.ADMIN, "/admin/accounts/999999/unlock");
        rule("POST /admin/actors", Access.ADMIN, "/admin/actors");
        rule("POST /admin/actors/{code}", Access.ADMIN, "/admin/actors/NO-SUCH-ACTOR");
        rule("POST /admin/actors/{code}/aliases", Access.ADMIN, "/admin/actors/NO-SUCH-ACTOR/aliases");
        rule(
                "POST /admin/actors/{code}/aliases/{id}/delete",
                Access.ADMIN,
                "/admin/actors/NO-SUCH-ACTOR/aliases/999999/delete");
        rule("POST /admin/groups/{code}/memberships", Access.ADMIN, "/admin/groups/NO-SUCH-ACTOR/memberships");
        rule(
                "POST /admin/groups/{code}/memberships/{id}",
                Access.ADMIN,
                "/admin/groups/NO-SUCH-ACTOR/memberships/999999");
        rule(
                "POST /admin/groups/{code}/memberships/{id}/delete",
                Access.ADMIN,
                "/admin/groups/NO-SUCH-ACTOR/memberships/999999/delete");
        rule(
                "POST /admin/groups/{code}/memberships/{id}/end",
                Access.ADMIN,
                "/admin/groups/NO-SUCH-ACTOR/memberships/999999/end");
        rule("POST /admin/groups/{code}/origin", Access.ADMIN, "/admin/groups/NO-SUCH-ACTOR/origin");
        rule("POST /admin/groups/{code}/spokespersons", Access.ADMIN, "/admin/groups/NO-SUCH-ACTOR/spokespersons");
        rule(
                "POST /admin/groups/{code}/spokespersons/{id}/delete",
                Access.ADMIN,
                "/admin/groups/NO-SUCH-ACTOR/spokespersons/999999/delete");
        rule("POST /admin/processes", Access.ADMIN, "/admin/processes");
        rule("POST /admin/processes/{slug}", Access.ADMIN, "/admin/processes/no-such-process");
        rule(
                "POST /admin/processes/{slug}/co-facilitators",
                Access.ADMIN,
                "/admin/processes/no-such-process/co-facilitators");
        rule(
                "POST /admin/processes/{slug}/co-facilitators/{actorId}/delete",
                Access.ADMIN,
                "/admin/processes/no-such-process/co-facilitators/999999/delete");
        rule(
                "POST /admin/processes/{slug}/days/{dayId}/meetings",
                Access.ADMIN,
                "/admin/processes/no-such-process/days/999999/meetings");
        rule(
                "POST /admin/processes/{slug}/meetings/{id}",
                Access.ADMIN,
                "/admin/processes/no-such-process/meetings/999999");
        rule(
                "POST /admin/processes/{slug}/meetings/{id}/delete",
                Access.ADMIN,
                "/admin/processes/no-such-process/meetings/999999/delete");
        rule("POST /admin/processes/{slug}/phases", Access.ADMIN, "/admin/processes/no-such-process/phases");
        rule(
                "POST /admin/processes/{slug}/phases/{id}",
                Access.ADMIN,
                "/admin/processes/no-such-process/phases/999999");
        rule(
                "POST /admin/processes/{slug}/phases/{id}/delete",
                Access.ADMIN,
                "/admin/processes/no-such-process/phases/999999/delete");
        rule("POST /admin/processes/{slug}/rounds", Access.ADMIN, "/admin/processes/no-such-process/rounds");
        rule(
                "POST /admin/processes/{slug}/rounds/{id}",
                Access.ADMIN,
                "/admin/processes/no-such-process/rounds/999999");
        rule(
                "POST /admin/processes/{slug}/rounds/{id}/days",
                Access.ADMIN,
                "/admin/processes/no-such-process/rounds/999999/days");
        rule(
                "POST /admin/processes/{slug}/rounds/{id}/days/{dayId}/delete",
                Access.ADMIN,
                "/admin/processes/no-such-process/rounds/999999/days/999999/delete");
        rule(
                "POST /admin/processes/{slug}/rounds/{id}/delete",
                Access.ADMIN,
                "/admin/processes/no-such-process/rounds/999999/delete");
    }

    static void rule(String handler, Access access, String sampleUrl) {
        TABLE.put(handler, new Rule(access, sampleUrl));
    }

    /** Handlers of the framework, not of Plenary. */
    private static final Set<String> FRAMEWORK = Set.of(
            "GET /error",
            "POST /error",
            "PUT /error",
            "DELETE /error",
            "PATCH /error",
            "HEAD /error",
            "OPTIONS /error");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_handler_is_in_the_table() {
        Set<String> missing = new TreeSet<>(handlers());
        missing.removeAll(TABLE.keySet());
        assertThat(missing)
                .as("handlers without an access rule in AccessMatrixTests.TABLE")
                .isEmpty();
        Set<String> stale = new TreeSet<>(TABLE.keySet());
        stale.removeAll(handlers());
        assertThat(stale).as("rules for handlers that no longer exist").isEmpty();
    }

    @Test
    void every_role_gets_what_the_table_says() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Role> whos = new ArrayList<>();
        whos.add(null);
        whos.addAll(List.of(Role.values()));
        for (Map.Entry<String, Rule> entry : TABLE.entrySet()) {
            HttpMethod method = HttpMethod.valueOf(
                    entry.getKey().substring(0, entry.getKey().indexOf(' ')));
            for (Role who : whos) {
                MockHttpServletResponse response = call(method, entry.getValue().sampleUrl(), who);
                boolean allowed = entry.getValue().access().allows(who);
                String outcome = describe(response);
                boolean denied = outcome.equals("login") || outcome.equals("401") || outcome.equals("403");
                if (allowed == denied) {
                    failures.add(entry.getKey() + " as " + (who != null ? who : "anonymous") + ": expected "
                            + (allowed ? "access" : "refusal") + " but got " + outcome);
                } else if (!allowed) {
                    String expected = (who == null) ? (isApi(entry.getValue()) ? "401" : "login") : "403";
                    if (!outcome.equals(expected)) {
                        failures.add(entry.getKey() + " as " + (who != null ? who : "anonymous") + ": expected "
                                + expected + " but got " + outcome);
                    }
                } else if (response.getStatus() >= 500) {
                    failures.add(entry.getKey() + " as " + who + ": server error " + response.getStatus());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static boolean isApi(Rule rule) {
        return rule.sampleUrl().startsWith("/api/");
    }

    private MockHttpServletResponse call(HttpMethod method, String url, Role who) throws Exception {
        MockHttpServletRequestBuilder request = request(method, url).with(csrf());
        if (url.startsWith("/api/")) {
            request.contentType("application/json").content("{}");
        }
        if (who != null) {
            RequestPostProcessor login =
                    user("access-" + who.name().toLowerCase()).roles(who.name());
            request.with(login);
        }
        return this.mvc.perform(request).andReturn().getResponse();
    }

    private static String describe(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status == 302 && location != null && location.contains("/login")) {
            return "login";
        }
        return String.valueOf(status);
    }

    private Set<String> handlers() {
        Set<String> handlers = new TreeSet<>();
        for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> patterns = info.getPatternValues();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    handlers.add("GET " + pattern);
                }
                for (RequestMethod method : methods) {
                    handlers.add(method.name() + " " + pattern);
                }
            }
        }
        handlers.removeAll(FRAMEWORK);
        return handlers;
    }
}
