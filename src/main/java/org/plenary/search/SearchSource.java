package org.plenary.search;

/**
 * One kind of searchable thing, as two pieces of SQL that {@link SearchReader} joins with the others' by
 * {@code union all}. Both may use the query {@code q.query} (a {@code tsquery}; a source's match condition writes it
 * out as {@link #MATCHES}), {@code q.words} (a regular expression that finds where the words are in a long text, see
 * {@link SearchReader}) and the parameters of
 * {@link SearchReader}: {@code user}, {@code member}, {@code coordinator}, {@code signedIn} (who reads),
 * {@code process} (a slug), {@code from}, {@code to}, {@code round}, {@code tag}, {@code actor} (filters, each possibly
 * null; the actor as typed, its ids in the relation {@code fa}: the actors whose name, code or alias it is) and
 * {@code headline} (the options of {@code ts_headline}).
 */
interface SearchSource {

    SearchKind kind();

    /**
     * The hits this reader may see, filtered: columns {@code kind, id, process_id, day, rank}. A filter that does
     * not apply to the kind (a tag for a paragraph) leaves it out when set.
     */
    String hits();

    /**
     * The page's hits of this kind ({@code pg}, columns {@code kind, id}) with what the page shows: columns
     * {@code kind, id, title, context, snippet, slug, process_name, target, day}; {@code title} and {@code snippet}
     * carry highlight marks (see {@link Highlight}).
     */
    String rows();

    /** The page a hit links to, from its {@code slug}, {@code target} and {@code day}. */
    String link(String slug, String target, java.time.LocalDate day);

    /**
     * The query in a form the planner can see when it plans a source's scan: written out rather than read from
     * {@code q}, so that the {@code @@} of a source's {@code where} is an index condition on its GIN index (read from
     * another relation, the planner read every row's vector instead: 150 ms of 270 for "firewall" on 10,000 notes).
     */
    String MATCHES = "websearch_to_tsquery('plenary_search', :q)";

    /** The process, date and round filters on a date column and a process id column. */
    static String within(String day, String processId) {
        return """
				and (cast(:from as date) is null or %1$s >= :from)
				and (cast(:to as date) is null or %1$s <= :to)
				and (cast(:process as varchar) is null or %2$s = (select pf.id from process pf where pf.slug = :process))
				and (cast(:process as varchar) is null or %2$s = (select pf.id from process pf where pf.slug = :process))
				and (cast(:round as bigint) is null or exists (select 1 from round rf where rf.id = :round
				     and rf.process_id = %2$s and %1$s between rf.starts_on and rf.ends_on))
				""".formatted(day, processId);
    }

    /** {@code ts_headline} of a text in the search configuration, with the highlight marks removed from it first. */
    static String headline(String text, boolean whole) {
        return "ts_headline('plenary_search', translate(" + text + ", E'\\x01\\x02', ''), q.query, "
                + (whole ? ":headlineWhole" : ":headline") + ")";
    }
}
