package org.plenary.search;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.plenary.positions.LineupReader;

/**
 * Positions' quotes (weight B) and remarks (C). Retracted positions are not found; a position whose only evidence is
 * a Chatham House meeting only by signed-in readers, as on the line-up ({@link LineupReader#PUBLIC_EVIDENCE}). The
 * actor filter keeps the actor's positions and those stated on its behalf; a tag filter leaves positions out.
 */
@Component
@Order(3)
class PositionSource implements SearchSource {

    @Override
    public SearchKind kind() {
        return SearchKind.POSITION;
    }

    @Override
    public String hits() {
        return "select 'POSITION' as kind, p.id, i.process_id, p.valid_from as day,"
                + " ts_rank(p.search_vector, q.query) as rank"
                + " from position p join issue i on i.id = p.issue_id, q"
                + " where p.search_vector @@ " + MATCHES + " and not p.retracted and (:signedIn or "
                + LineupReader.PUBLIC_EVIDENCE + ")" + SearchSource.within("p.valid_from", "i.process_id")
                + """
				and cast(:tag as varchar) is null
				and (cast(:actor as varchar) is null or exists (select 1 from fa where fa.id in (p.actor_id, p.on_behalf_of_id)))
				""";
    }

    @Override
    public String rows() {
        return """
				select pg.kind, pg.id, a.name as title,
				       i.title || ': ' || o.label || coalesce(' (' || beh.name || ')', '') as context,
				""" + SearchSource.headline("concat_ws(' — ', p.quote, p.remark)", true) + " as snippet," + """
				        pr.slug, pr.name as process_name, i.slug as target, p.valid_from as day
				 from pg join position p on p.id = pg.id join issue i on i.id = p.issue_id
				 join stance_option o on o.id = p.option_id join actor a on a.id = p.actor_id
				 left join actor beh on beh.id = p.on_behalf_of_id join process pr on pr.id = i.process_id, q
				 where pg.kind = 'POSITION'
				""";
    }

    @Override
    public String link(String slug, String target, LocalDate day) {
        return "/processes/" + slug + "/issues/" + target + "/lineup?asOf=" + day;
    }
}
