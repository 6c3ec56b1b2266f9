package org.plenary.notes.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.NameResolver;
import org.plenary.actors.Resolution;
import org.plenary.notes.MentionRecognizer;

/**
 * The interventions a text suggests ({@link SuggestionParser}), with the actors the notes' {@link MentionRecognizer}
 * finds in it: names, codes and aliases as at the date, never a guess. A group listed by its members ("a group of
 * countries, including ...") is looked up among the groups' memberships at the date. Nothing is saved: a coordinator
 * records a suggestion through the interventions form, or dismisses it.
 */
@Service
@Transactional(readOnly = true)
public class InterventionSuggestions {

    /** A suggestion with the actors its codes stand for (for pages). */
    public record Found(
            SuggestionParser.Suggestion suggestion,
            ActorRef actor,
            ActorRef onBehalfOf,
            List<ActorRef> supporters,
            List<ActorRef> opponents) {}

    private final MentionRecognizer recognizer;

    private final NameResolver names;

    private final ActorDirectory actors;

    InterventionSuggestions(MentionRecognizer recognizer, NameResolver names, ActorDirectory actors) {
        this.recognizer = recognizer;
        this.names = names;
        this.actors = actors;
    }

    /** The suggestions of a text at a date, in the order of the text. */
    public List<SuggestionParser.Suggestion> suggest(String text, LocalDate date) {
        return parse(text, date, new HashMap<>());
    }

    /** The suggestions with their actors, for a page. */
    public List<Found> find(String text, LocalDate date) {
        Map<String, ActorRef> byCode = new HashMap<>();
        List<SuggestionParser.Suggestion> suggestions = parse(text, date, byCode);
        if (suggestions.isEmpty()) {
            return List.of();
        }
        return suggestions.stream()
                .map((s) -> new Found(
                        s,
                        actor(byCode, s.actor()),
                        (s.onBehalfOf() != null) ? actor(byCode, s.onBehalfOf()) : null,
                        s.supporters().stream().map((c) -> actor(byCode, c)).toList(),
                        s.opponents().stream().map((c) -> actor(byCode, c)).toList()))
                .toList();
    }

    private List<SuggestionParser.Suggestion> parse(String text, LocalDate date, Map<String, ActorRef> byCode) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SuggestionParser.Name> found = new ArrayList<>();
        for (MentionRecognizer.Mention m : this.recognizer.recognise(text, date)) {
            byCode.put(m.actor().code(), m.actor());
            found.add(new SuggestionParser.Name(
                    m.start(), m.end(), m.actor().code(), m.actor().kind() == ActorKind.GROUP));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<ActorRef, Set<String>> memberships = new java.util.LinkedHashMap<>();
        return new SuggestionParser((members) -> groupOf(members, memberships(memberships, date), byCode))
                .suggest(text, found);
    }

    /**
     * The group whose members at the date are exactly the countries listed; failing that, the only group whose members
     * include them all. Several candidates, or none: null (never a guess).
     */
    private static String groupOf(
            Set<String> members, Map<ActorRef, Set<String>> memberships, Map<String, ActorRef> byCode) {
        List<ActorRef> exact = new ArrayList<>();
        List<ActorRef> including = new ArrayList<>();
        memberships.forEach((group, codes) -> {
            if (codes.containsAll(members)) {
                (codes.equals(members) ? exact : including).add(group);
            }
        });
        Optional<ActorRef> group = (exact.size() == 1)
                ? Optional.of(exact.get(0))
                : (exact.isEmpty() && including.size() == 1) ? Optional.of(including.get(0)) : Optional.empty();
        group.ifPresent((g) -> byCode.put(g.code(), g));
        return group.map(ActorRef::code).orElse(null);
    }

    /** Every group's members at the date (codes), read once per text in a fixed number of queries. */
    private Map<ActorRef, Set<String>> memberships(Map<ActorRef, Set<String>> memberships, LocalDate date) {
        if (memberships.isEmpty()) {
            List<ActorRef> groups = this.actors.groups();
            List<Resolution> resolved =
                    this.names.resolveAll(groups.stream().map(ActorRef::code).toList(), date);
            for (int i = 0; i < groups.size(); i++) {
                Resolution r = resolved.get(i);
                if (r.isResolved() && r.actor().id().equals(groups.get(i).id())) {
                    Set<String> codes = new HashSet<>();
                    r.members().forEach((m) -> codes.add(m.code()));
                    memberships.put(groups.get(i), codes);
                }
            }
        }
        return memberships;
    }

    private ActorRef actor(Map<String, ActorRef> byCode, String code) {
        ActorRef actor = byCode.get(code);
        return (actor != null) ? actor : this.actors.find(code).orElseThrow();
    }
}
