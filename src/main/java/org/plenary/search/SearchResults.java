package org.plenary.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, best first, with the number of hits of each kind (whatever kinds were asked for, so the page can
 * offer the others), whether the query held only stop words, the actors it names, and the actors the actor filter
 * found by what was typed in it.
 */
record SearchResults(
        SearchQuery query,
        List<SearchHit> hits,
        Map<SearchKind, Long> counts,
        int page,
        int pageSize,
        boolean onlyStopWords,
        List<ActorOffer> actors,
        List<String> filterActors) {

    static SearchResults none(SearchQuery query) {
        return new SearchResults(query, List.of(), Map.of(), 0, SearchReader.PAGE_SIZE, false, List.of(), List.of());
    }

    /** Whether the actor filter names no actor (no name, code or alias is what was typed). */
    public boolean unknownActor() {
        return this.query.actor() != null && !this.query.isBlank() && this.filterActors.isEmpty();
    }

    /** Hits of the kinds asked for. */
    public long total() {
        return this.counts.entrySet().stream()
                .filter((e) -> this.query.kinds().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public long count(SearchKind kind) {
        return this.counts.getOrDefault(kind, 0L);
    }

    public int pages() {
        return (int) Math.max(1, (total() + this.pageSize - 1) / this.pageSize);
    }

    public boolean hasPrevious() {
        return this.page > 0;
    }

    /** The address of another page of the same search. */
    public String pageLink(int number) {
        StringBuilder link = new StringBuilder("/search?q=").append(encode(this.query.text()));
        if (this.query.narrowed()) {
            this.query.kinds().forEach((kind) -> link.append("&kind=").append(kind.name()));
        }
        append(link, "process", this.query.process());
        append(link, "from", this.query.from());
        append(link, "to", this.query.to());
        append(link, "round", this.query.roundId());
        append(link, "tag", this.query.tag());
        append(link, "actor", this.query.actor());
        return link.append("&page=").append(number).toString();
    }

    private static void append(StringBuilder link, String name, Object value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(encode(value.toString()));
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean hasNext() {
        return this.page + 1 < pages();
    }
}
