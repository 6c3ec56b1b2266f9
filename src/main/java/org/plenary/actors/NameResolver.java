package org.plenary.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns loosely written names ("EU27", "Luxemburg", "the Holy See", "CH") into actors at a date. Matching ignores
 * case, accents, punctuation, spaces and a leading "the". Names are matched in tiers, and the first tier that
 * matches decides: aliases (curated data, so "AG" is the African Group, not Antigua and Barbuda's ISO code), then
 * names and official names, then codes, then ISO alpha-2 codes. An alias counts only at the dates it holds for (from
 * 12 March 2018 "EU" is an alias of the EU 27; before, it is the European Union's code). Two actors in the deciding tier
 * make the name ambiguous. A name no tier matches but that is a whole word, or words, of the names of a few actors
 * ("Korea", "Congo") is ambiguous too, with those actors as its candidates; else it is unknown. Nothing is guessed.
 */
@Service
@Transactional(readOnly = true)
public class NameResolver {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]");

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^the\\s+");

    /** A name that is part of more actors' names than this ("Republic", "Islands") is too vague to list them. */
    private static final int MAX_CANDIDATES = 6;

    private final Actors actors;

    private final ActorAliases aliases;

    private final Memberships memberships;

    NameResolver(Actors actors, ActorAliases aliases, Memberships memberships) {
        this.actors = actors;
        this.aliases = aliases;
        this.memberships = memberships;
    }

    /** The form every name is compared in: "Côte d'Ivoire" and "cote divoire" both become "cotedivoire". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        plain = plain.replace("ß", "ss").replace("æ", "ae").replace("ø", "o").replace("œ", "oe");
        plain = LEADING_ARTICLE.matcher(plain).replaceFirst("");
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll("");
    }

    public Resolution resolve(String name, LocalDate date) {
        return resolveAll(List.of(name), date).get(0);
    }

    /** Resolves many names with a fixed number of queries. */
    public List<Resolution> resolveAll(Collection<String> names, LocalDate date) {
        NameIndex index = index(date);
        List<Resolution> resolutions = new ArrayList<>();
        for (String name : names) {
            resolutions.add(index.resolve(name));
        }
        Set<Long> groupIds = resolutions.stream()
                .filter(r ->
                        r.status() == Resolution.Status.RESOLVED && r.actor().kind() == ActorKind.GROUP)
                .map(r -> r.actor().id())
                .collect(Collectors.toSet());
        if (groupIds.isEmpty()) {
            return resolutions;
        }
        Map<Long, List<ActorRef>> members = this.memberships.findMembersOn(groupIds, date).stream()
                .collect(Collectors.groupingBy(
                        MembershipRow::groupId,
                        LinkedHashMap::new,
                        Collectors.mapping(MembershipRow::member, Collectors.toList())));
        return resolutions.stream()
                .map(r -> (r.status() == Resolution.Status.RESOLVED
                                && groupIds.contains(r.actor().id()))
                        ? r.withMembers(members.getOrDefault(r.actor().id(), List.of()))
                        : r)
                .toList();
    }

    /**
     * Every way each actor is written (names, official names, codes, ISO codes, aliases), in two queries: the
     * dictionary for recognising names in running text, which then resolves what it finds with the same tiers.
     */
    public List<NameEntry> names() {
        List<NameEntry> names = new ArrayList<>();
        for (AliasEntry alias : this.aliases.findAliasEntries()) {
            names.add(new NameEntry(
                    alias.actorId(), alias.alias(), NameEntry.Kind.ALIAS, alias.validFrom(), alias.validTo()));
        }
        for (Actor actor : this.actors.findAll()) {
            names.add(new NameEntry(actor.getId(), actor.getName(), NameEntry.Kind.NAME));
            if (actor.getOfficialName() != null) {
                names.add(new NameEntry(actor.getId(), actor.getOfficialName(), NameEntry.Kind.NAME));
            }
            names.add(new NameEntry(actor.getId(), actor.getCode(), NameEntry.Kind.CODE));
            if (actor.getIso2() != null) {
                names.add(new NameEntry(actor.getId(), actor.getIso2(), NameEntry.Kind.ISO2));
            }
        }
        return names;
    }

    private NameIndex index(LocalDate date) {
        List<Actor> all = this.actors.findAll();
        Map<Long, ActorRef> byId = all.stream().collect(Collectors.toMap(Actor::getId, Actor::ref));
        List<AliasEntry> aliases = this.aliases.findAliasEntries().stream()
                .filter((a) -> date == null || a.holdsOn(date))
                .toList();
        List<Map<String, Set<Long>>> tiers = List.of(
                tier(aliases, AliasEntry::normalized, AliasEntry::actorId),
                tier(all, Actor::getName, Actor::getId, all, Actor::getOfficialName),
                tier(all, Actor::getCode, Actor::getId),
                tier(all, Actor::getIso2, Actor::getId));
        Map<Long, Set<String>> wordings = new LinkedHashMap<>();
        for (Actor actor : all) {
            Set<String> ways = wordings.computeIfAbsent(actor.getId(), (k) -> new LinkedHashSet<>());
            ways.add(words(actor.getName()));
            ways.add(words(actor.getOfficialName()));
        }
        for (AliasEntry alias : aliases) {
            wordings.computeIfAbsent(alias.actorId(), (k) -> new LinkedHashSet<>())
                    .add(words(alias.alias()));
        }
        return new NameIndex(byId, tiers, wordings);
    }

    /** A name's words as {@link #normalize} writes each, between spaces: " republic of korea ". */
    static String words(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder words = new StringBuilder(" ");
        for (String word : name.strip().split("[\\s\\-–—/,]+")) {
            String w = normalize(word);
            if (!w.isEmpty()) {
                words.append(w).append(' ');
            }
        }
        return words.toString();
    }

    private static <T> Map<String, Set<Long>> tier(List<T> entries, Function<T, String> key, Function<T, Long> id) {
        Map<String, Set<Long>> tier = new LinkedHashMap<>();
        for (T entry : entries) {
            String normalized = normalize(key.apply(entry));
            if (!normalized.isEmpty()) {
                tier.computeIfAbsent(normalized, k -> new LinkedHashSet<>()).add(id.apply(entry));
            }
        }
        return tier;
    }

    private static <T> Map<String, Set<Long>> tier(
            List<T> entries, Function<T, String> key, Function<T, Long> id, List<T> more, Function<T, String> moreKey) {
        Map<String, Set<Long>> tier = tier(entries, key, id);
        tier(more, moreKey, id)
                .forEach((k, v) ->
                        tier.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        return tier;
    }

    private record NameIndex(
            Map<Long, ActorRef> actors, List<Map<String, Set<Long>>> tiers, Map<Long, Set<String>> wordings) {

        Resolution resolve(String name) {
            String normalized = normalize(name);
            if (normalized.isEmpty()) {
                return Resolution.unknown(name);
            }
            for (Map<String, Set<Long>> tier : this.tiers) {
                Set<Long> ids = tier.get(normalized);
                if (ids == null) {
                    continue;
                }
                List<ActorRef> found = ids.stream().map(this.actors::get).toList();
                return (found.size() == 1)
                        ? Resolution.resolved(name, found.get(0))
                        : Resolution.ambiguous(name, found);
            }
            List<ActorRef> candidates = partOfTheNamesOf(name);
            return (candidates.size() >= 2 && candidates.size() <= MAX_CANDIDATES)
                    ? Resolution.ambiguous(name, candidates)
                    : Resolution.unknown(name);
        }

        /** The actors whose name, official name or alias holds the name's words as whole words ("Korea"). */
        private List<ActorRef> partOfTheNamesOf(String name) {
            String words = words(name);
            if (words.isBlank() || words.equals(" of ") || words.equals(" and ")) {
                return List.of();
            }
            List<ActorRef> found = new ArrayList<>();
            this.wordings.forEach((id, ways) -> {
                if (ways.stream().anyMatch((w) -> w.contains(words))) {
                    found.add(this.actors.get(id));
                }
            });
            found.sort(java.util.Comparator.comparing(ActorRef::name));
            return found;
        }
    }
}
