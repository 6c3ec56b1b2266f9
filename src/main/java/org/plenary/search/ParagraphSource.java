package org.plenary.search;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.plenary.drafts.Readership;

/**
 * Paragraphs of draft revisions: their label (weight A) and text (D). A paragraph is found once, in the latest
 * revision this reader may see where it matches ({@link Readership#VISIBLE_REVISION}: draft revisions only for
 * signed-in readers), and links to its history across revisions. Tag and actor filters leave paragraphs out: a
 * paragraph has no tags, and who proposed what is in the amendments.
 */
@Component
@Order(4)
class ParagraphSource implements SearchSource {

    @Override
    public SearchKind kind() {
        return SearchKind.PARAGRAPH;
    }

    @Override
    public String hits() {
        return "select * from (select distinct on (dn.lineage_id) 'PARAGRAPH' as kind, dn.id, d.process_id,"
                + " r.issued_on as day, ts_rank(dn.search_vector, q.query) as rank"
                + " from draft_node dn join draft_revision r on r.id = dn.revision_id"
                + " join draft_document d on d.id = r.document_id, q"
                + " where dn.search_vector @@ " + MATCHES + " and " + Readership.VISIBLE_REVISION
                + SearchSource.within("r.issued_on", "d.process_id")
                + " and cast(:tag as varchar) is null and cast(:actor as varchar) is null"
                + " order by dn.lineage_id, r.sequence desc) paragraphs";
    }

    @Override
    public String rows() {
        return "select pg.kind, pg.id, " + SearchSource.headline("r.label || coalesce(' ' || dn.label, '')", true)
                + " as title, d.title as context, " + SearchSource.headline("dn.text", false) + " as snippet,"
                + """
				        pr.slug, pr.name as process_name, cast(dn.lineage_id as text) as target, r.issued_on as day
				 from pg join draft_node dn on dn.id = pg.id join draft_revision r on r.id = dn.revision_id
				 join draft_document d on d.id = r.document_id join process pr on pr.id = d.process_id, q
				 where pg.kind = 'PARAGRAPH'
				""";
    }

    @Override
    public String link(String slug, String target, LocalDate day) {
        return "/drafts/" + slug + "/paragraphs/" + target;
    }
}
