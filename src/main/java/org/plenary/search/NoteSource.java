package org.plenary.search;

import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.plenary.notes.NoteReader;

/**
 * Notes: title (weight A), organisation (C) and body (D), ranked on their short {@code rank_vector} (the same with only
 * the body's opening: the whole vector is kilobytes out of line, read once per hit), the notes this reader may see by the notes' own rule
 * ({@link NoteReader#VISIBLE}: published and admitted by their visibility, or the reader's own). The actor filter
 * keeps notes that name the actor; the tag filter, notes with the tag.
 */
@Component
@Order(1)
class NoteSource implements SearchSource {

    /**
     * The part of the body a snippet is made from: 700 characters around the first of the searched words, else (a hit
     * in the title) the note's excerpt. {@code ts_headline} parses all the text it is given: on 20 whole bodies of
     * 2-8 KB it cost as much as finding the hits, while a regular expression finds the place without parsing.
     */
    private static final String WINDOW = """
			coalesce(regexp_replace(substr(n.body, greatest(1, w.at - 150), 700),
			                        case when w.at > 151 then '^\\S*\\s+' else '^' end, ''), n.excerpt)""";

    /** Where the first searched word is in the body ({@code null}: not found, a hit in the title). */
    private static final String FIRST_WORD =
            " cross join lateral (select nullif(regexp_instr(lower(unaccent(n.body))," + " q.words), 0) as at) w";

    @Override
    public SearchKind kind() {
        return SearchKind.NOTE;
    }

    @Override
    public String hits() {
        return "select 'NOTE' as kind, n.id, n.process_id, n.note_date as day, ts_rank(n.rank_vector, q.query) as rank"
                + " from note n, q where n.search_vector @@ " + MATCHES + " and " + NoteReader.VISIBLE
                + SearchSource.within("n.note_date", "n.process_id")
                + """
				and (cast(:tag as varchar) is null or exists (select 1 from note_tag t where t.note_id = n.id and t.tag = :tag))
				and (cast(:actor as varchar) is null or exists (select 1 from note_mention nm join fa on fa.id = nm.actor_id
				     where nm.note_id = n.id))
				""";
    }

    @Override
    public String rows() {
        return "select pg.kind, pg.id, " + SearchSource.headline("n.title", true) + " as title,"
                + " concat_ws(' · ', rd.name, m.title, n.organisation) as context, "
                + SearchSource.headline(WINDOW, false) + " as snippet,"
                + " pr.slug, pr.name as process_name, cast(n.id as text) as target, n.note_date as day"
                + " from pg join note n on n.id = pg.id join process pr on pr.id = n.process_id"
                + " left join round rd on rd.id = n.round_id left join meeting m on m.id = n.meeting_id, q" + FIRST_WORD
                + " where pg.kind = 'NOTE'";
    }

    @Override
    public String link(String slug, String target, LocalDate day) {
        return "/notes/" + target;
    }
}
