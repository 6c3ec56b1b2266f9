package org.plenary.search;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Interventions: what was said in summary (weight B), quoted (C), and the part of the text it was about (D). The
 * interventions module names no speaker of a Chatham House meeting to anonymous readers and leaves such interventions
 * out of lists by speaker or group; a search by words could still lead to the speaker (summaries name people), so
 * anonymous readers do not find them at all. The actor filter keeps the actor's interventions and those on its behalf;
 * the tag filter, interventions whose note has the tag.
 */
@Component
@Order(2)
class InterventionSource implements SearchSource {

    @Override
    public SearchKind kind() {
        return SearchKind.INTERVENTION;
    }

    @Override
    public String hits() {
        return "select 'INTERVENTION' as kind, i.id, i.process_id, i.spoken_on as day,"
                + " ts_rank(i.search_vector, q.query) as rank from intervention i, q"
                + " where i.search_vector @@ " + MATCHES
                + " and (:signedIn or i.meeting_id is null"
                + " or not exists (select 1 from meeting m where m.id = i.meeting_id and m.chatham_house))"
                + SearchSource.within("i.spoken_on", "i.process_id")
                + """
				and (cast(:tag as varchar) is null or exists (select 1 from note_tag t where t.note_id = i.note_id
				     and t.tag = :tag))
				and (cast(:actor as varchar) is null or exists (select 1 from fa where fa.id in (i.actor_id, i.on_behalf_of_id)))
				""";
    }

    @Override
    public String rows() {
        return "select pg.kind, pg.id, a.name || coalesce(', for ' || beh.name, '') as title,"
                + " concat_ws(' · ', m.title, i.text_part) as context, "
                + SearchSource.headline("concat_ws(' — ', i.summary, i.quote)", false) + " as snippet,"
                + """
				        pr.slug, pr.name as process_name, cast(i.id as text) as target, i.spoken_on as day
				 from pg join intervention i on i.id = pg.id join actor a on a.id = i.actor_id
				 left join actor beh on beh.id = i.on_behalf_of_id left join meeting m on m.id = i.meeting_id
				 join process pr on pr.id = i.process_id, q
				 where pg.kind = 'INTERVENTION'
				""";
    }

    @Override
    public String link(String slug, String target, LocalDate day) {
        return "/processes/" + slug + "/interventions/" + target;
    }
}
