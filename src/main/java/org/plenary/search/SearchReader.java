package org.plenary.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.NameResolver;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteReader.Viewer;

/**
 * Runs a search as one SQL statement, whatever the data: the hits of every source (each filtered by who reads),
 * counted per kind, the page's hits ranked ({@code ts_rank}: a title hit far above a body hit) with their snippets
 * ({@code ts_headline}, only for the page's rows), and the actors the words name. A query of only stop words gives
 * no hits and says so.
 */
@Service
@Transactional(readOnly = true)
class SearchReader {

    static final int PAGE_SIZE = 20;

    private final List<SearchSource> sources;

    private final Map<SearchKind, SearchSource> byKind;

    private final JdbcClient jdbc;

    SearchReader(List<SearchSource> sources, JdbcClient jdbc) {
        this.sources = List.copyOf(sources);
        this.byKind = this.sources.stream().collect(Collectors.toMap(SearchSource::kind, Function.identity()));
        this.jdbc = jdbc;
    }

    /**
     * A regular expression that finds the searched words in a text without parsing it ({@code q.words}): the stems of
     * the words (any of them, {@link SearchQuery#anyWords()}) at the start of a word, a final "i" of a stem also as "y"
     * ("polici" for "policy"); to be matched against the text in lower case without accents. A stem is the start of
     * nearly every form of its word; where it is not, a source shows another part of the text.
     */
    private static final String WORDS = """
			(select '\\m(' || string_agg(regexp_replace(regexp_replace(lexeme, '([^[:alnum:]])', '\\\\\\1', 'g'),
			                                            'i$', '[iy]'), '|') || ')'
			 from unnest(to_tsvector('plenary_search', :anyWords)))""";

    /**
     * The ids of the actors whose name, code, official name or alias is a key ({@link NameResolver#normalize}: no
     * case, accents, spaces or punctuation), through the indexes on {@code search_key} (V73) and the aliases'; none
     * for an empty key.
     */
    private static final String CALLED = """
			select id from actor where %1$s <> '' and search_key(name) = %1$s
			union select id from actor where %1$s <> '' and search_key(code) = %1$s
			union select id from actor where %1$s <> '' and search_key(coalesce(official_name, '')) = %1$s
			union select actor_id from actor_alias where %1$s <> '' and normalized = %1$s""";

    /** The kinds there is a source for, in the order of the page's filters. */
    List<SearchKind> kinds() {
        return this.sources.stream().map(SearchSource::kind).toList();
    }

    /** One page (from 0) of the hits this reader may see. */
    SearchResults search(SearchQuery query, int page, Viewer viewer) {
        if (query.isBlank()) {
            return SearchResults.none(query);
        }
        String sql = statement(this.sources);
        Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
        List<ActorOffer> actors = new ArrayList<>();
        List<String> filterActors = new ArrayList<>();
        boolean[] first = {true};
        boolean[] onlyStopWords = {false};
        List<SearchHit> hits = new ArrayList<>();
        this.jdbc
                .sql(sql)
                .param("q", query.text())
                .param("anyWords", query.anyWords())
                .param("key", NameResolver.normalize(query.text()))
                .param("kinds", query.kinds().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("user", (viewer.username() != null) ? viewer.username() : "")
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .param("signedIn", viewer.member())
                .param("from", query.from())
                .param("to", query.to())
                .param("round", query.roundId())
                .param("tag", query.tag())
                .param("actor", query.actor())
                .param("actorKey", NameResolver.normalize(query.actor()))
                .param("process", query.process())
                .param("headline", Highlight.SNIPPET)
                .param("headlineWhole", Highlight.WHOLE)
                .param("size", PAGE_SIZE)
                .param("offset", page * PAGE_SIZE)
                .query((ResultSet rs) -> {
                    if (first[0]) {
                        first[0] = false;
                        onlyStopWords[0] = rs.getInt("lexemes") == 0;
                        for (String count : strings(rs.getArray("counts"))) {
                            int at = count.indexOf('=');
                            counts.put(
                                    SearchKind.valueOf(count.substring(0, at)),
                                    Long.parseLong(count.substring(at + 1)));
                        }
                        filterActors.addAll(strings(rs.getArray("filter_actors")));
                        for (String actor : strings(rs.getArray("actors"))) {
                            String[] parts = actor.split("\t", 3);
                            actors.add(new ActorOffer(parts[0], parts[2], "GROUP".equals(parts[1])));
                        }
                    }
                    if (rs.getString("kind") != null) {
                        hits.add(hit(rs));
                    }
                });
        return new SearchResults(query, hits, counts, page, PAGE_SIZE, onlyStopWords[0], actors, filterActors);
    }

    /**
     * The search statement over these sources (its parameters are named as {@link SearchSource} says). The page's rows
     * are {@code materialized}: under a generic plan, which estimates the page at one row, they were otherwise made
     * again, snippets and all, for each of the page's rows.
     */
    static String statement(List<SearchSource> sources) {
        return "with q as (select websearch_to_tsquery('plenary_search', :q) as query, " + WORDS + " as words),\n"
                + "fa as (" + CALLED.formatted(":actorKey") + "),\nhits as ("
                + sources.stream().map(SearchSource::hits).collect(Collectors.joining("\nunion all\n"))
                + "),\n"
                + """
				pg as (select kind, id, day, rank from hits where kind = any(string_to_array(:kinds, ','))
				       order by rank desc, day desc, kind, id desc limit :size offset :offset),
				rows as materialized (
				"""
                + sources.stream().map(SearchSource::rows).collect(Collectors.joining("\nunion all\n"))
                + """
				)
				select (select numnode(query) from q) as lexemes,
				       (select array_agg(c.kind || '=' || c.n) from (select kind, count(*) as n from hits
				        group by kind) c) as counts,
				       (select array_agg(a.code || E'\t' || a.kind || E'\t' || a.name order by a.name)
				        from (select a.code, a.name, a.kind from actor a
				              where a.id in (""" + CALLED.formatted(":key") + """
				) order by a.name limit 3) a) as actors,
				       (select array_agg(a.name order by a.name) from actor a join fa on fa.id = a.id) as filter_actors,
				       r.kind, r.id, r.title, r.context, r.snippet, r.slug, r.process_name, r.target, r.day
				from (select 1) one
				left join (rows r join pg on pg.kind = r.kind and pg.id = r.id) on true
				order by pg.rank desc nulls last, pg.day desc, r.kind, r.id desc
				""";
    }

    private SearchHit hit(ResultSet rs) throws SQLException {
        SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
        LocalDate day = rs.getObject("day", LocalDate.class);
        return new SearchHit(
                kind,
                rs.getLong("id"),
                Highlight.html(rs.getString("title")),
                rs.getString("context"),
                Highlight.html(Highlight.plain(rs.getString("snippet"))),
                rs.getString("process_name"),
                day,
                this.byKind.get(kind).link(rs.getString("slug"), rs.getString("target"), day));
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return (array == null) ? List.of() : List.of((String[]) array.getArray());
    }

    /**
     * What the filters offer: the processes, the rounds of every process, the tags of the notes this reader may see and
     * the actors (names for the actor field's completion).
     */
    FilterChoices choices(Viewer viewer) {
        List<FilterChoices.Choice> processes = new ArrayList<>();
        List<FilterChoices.Choice> rounds = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<FilterChoices.Choice> actors = new ArrayList<>();
        this.jdbc
                .sql("""
						select 'PROCESS' as what, pr.slug as key, pr.name as label from process pr
						union all
						select 'ROUND', cast(r.id as text), pr.name || ': ' || r.name
						from round r join process pr on pr.id = r.process_id
						union all
						select 'ACTOR', a.code, a.name from actor a
						union all
						select 'TAG', null, tag from (select t.tag, count(*) as uses from note_tag t
						     join note n on n.id = t.note_id where """ + NoteReader.VISIBLE + """
						     group by t.tag order by uses desc, t.tag limit 100) t
						order by 1, 3
						""")
                .param("user", (viewer.username() != null) ? viewer.username() : "")
                .param("member", viewer.member())
                .param("coordinator", viewer.coordinator())
                .query((ResultSet rs) -> {
                    FilterChoices.Choice choice = new FilterChoices.Choice(rs.getString("key"), rs.getString("label"));
                    switch (rs.getString("what")) {
                        case "PROCESS" -> processes.add(choice);
                        case "ROUND" -> rounds.add(choice);
                        case "ACTOR" -> actors.add(choice);
                        default -> tags.add(choice.label());
                    }
                });
        return new FilterChoices(processes, rounds, tags, actors);
    }
}
