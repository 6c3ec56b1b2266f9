package org.plenary.search;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.plenary.drafts.Readership;

/**
 * Amendment proposals: the words they replace, delete or insert after and the words they bring (weight B), their
 * rationale (C). Read as the amendments module's public API reads them: proposals against draft revisions only for
 * signed-in readers ({@link Readership#VISIBLE_REVISION}), and an anonymous reader is never told who stood for a
 * proposal when the only evidence of the stand is a Chatham House meeting (not in the title, not through the actor
 * filter). The day is the first proponent's; a proposal links to its paragraph's history, whose proposals section any
 * reader may open. A tag filter leaves proposals out.
 */
@Component
@Order(5)
class AmendmentSource implements SearchSource {

    /**
     * A stand this reader may know of: evidence other than a Chatham House meeting (a written source, but not a note of
     * that meeting), or a signed-in reader.
     */
    private static final String KNOWN_STAND = """
			(:signedIn or x.meeting_id is null or (coalesce(btrim(x.source), '') <> '' and x.note_id is null)
			 or not exists (select 1 from meeting cm where cm.id = x.meeting_id and cm.chatham_house))
			""";

    /** When the proposal was made: its first proponent's day, else the day its revision was issued. */
    private static final String DAY = "coalesce(fp.day, r.issued_on)";

    private static final String FIRST_PROPOSED = " left join lateral (select min(x.stated_on) as day"
            + " from amendment_actor x where x.amendment_id = am.id and x.role = 'PROPONENT') fp on true";

    @Override
    public SearchKind kind() {
        return SearchKind.AMENDMENT;
    }

    @Override
    public String hits() {
        return "select 'AMENDMENT' as kind, am.id, am.process_id, " + DAY + " as day,"
                + " ts_rank(am.search_vector, q.query) as rank"
                + " from amendment am join draft_revision r on r.id = am.revision_id" + FIRST_PROPOSED + ", q"
                + " where am.search_vector @@ " + MATCHES + " and " + Readership.VISIBLE_REVISION
                + SearchSource.within(DAY, "am.process_id")
                + " and cast(:tag as varchar) is null"
                + " and (cast(:actor as varchar) is null or exists (select 1 from amendment_actor x"
                + " join fa on fa.id = x.actor_id where x.amendment_id = am.id and " + KNOWN_STAND + "))";
    }

    @Override
    public String rows() {
        return "select pg.kind, pg.id, coalesce((select string_agg(a.name, ', ' order by x.stated_on, x.id)"
                + " from amendment_actor x join actor a on a.id = x.actor_id where x.amendment_id = am.id"
                + " and x.role = 'PROPONENT' and " + KNOWN_STAND + "), '') as title,"
                + " r.label || coalesce(' ' || nullif(dn.label, ''), '') as context, "
                + SearchSource.headline(
                        "concat_ws(' → ', nullif(am.target, ''), nullif(am.words, ''))"
                                + " || coalesce(' — ' || am.rationale, '')",
                        true)
                + " as snippet,"
                + " pr.slug, pr.name as process_name, cast(am.lineage_id as text) as target, " + DAY + " as day"
                + " from pg join amendment am on am.id = pg.id join draft_revision r on r.id = am.revision_id"
                + " join draft_node dn on dn.id = am.node_id join process pr on pr.id = am.process_id" + FIRST_PROPOSED
                + ", q where pg.kind = 'AMENDMENT'";
    }

    @Override
    public String link(String slug, String target, LocalDate day) {
        return "/drafts/" + slug + "/paragraphs/" + target + "#proposals";
    }
}
