package org.plenary.notes.web;

import org.springframework.web.util.UriComponentsBuilder;

import org.plenary.notes.NoteSummary;
import org.plenary.notes.suggestions.InterventionSuggestions;
import org.plenary.process.ProcessRef;

/**
 * A suggested intervention on the note page: what was found, the link that opens the interventions form pre-filled
 * (note, date, meeting, speaker, group, the sentence as quote), and a key that names it among the note's suggestions
 * (for dismissing it in this browser).
 */
record SuggestionRow(InterventionSuggestions.Found found, String recordHref, String key) {

    /** Long sentences are cut in the link (the form takes the quote to edit; a URL must stay well under 8 KB). */
    static final int QUOTE_LIMIT = 1000;

    static SuggestionRow of(InterventionSuggestions.Found found, NoteSummary note, ProcessRef process) {
        var s = found.suggestion();
        // Every value is a URI variable, so that strict encoding escapes "&", "+", "=" and braces in a sentence.
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("slug", process.slug());
        values.put("note", note.id());
        values.put("date", note.date());
        values.put("actor", s.actor());
        values.put("meeting", note.meetingId());
        values.put("onBehalfOf", s.onBehalfOf());
        values.put("quote", quote(s.sentence()));
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/processes/{slug}/interventions/new")
                .queryParam("note", "{note}")
                .queryParam("date", "{date}")
                .queryParam("actor", "{actor}");
        if (note.meetingId() != null) {
            link.queryParam("meeting", "{meeting}");
        }
        if (s.onBehalfOf() != null) {
            link.queryParam("onBehalfOf", "{onBehalfOf}");
        }
        link.queryParam("quote", "{quote}");
        String href = link.encode().buildAndExpand(values).toUriString();
        return new SuggestionRow(found, href, s.start() + "-" + s.actor());
    }

    static String quote(String sentence) {
        if (sentence.length() <= QUOTE_LIMIT) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', QUOTE_LIMIT - 1);
        return sentence.substring(0, (cut > QUOTE_LIMIT / 2) ? cut : QUOTE_LIMIT - 1) + "…";
    }
}
