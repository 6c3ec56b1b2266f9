package org.plenary.amendments.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import org.plenary.amendments.outcome.AmendmentOutcomes;
import org.plenary.amendments.outcome.ProposalKind;
import org.plenary.amendments.outcome.ProposedChange;
import org.plenary.amendments.outcome.TargetNotFoundException;
import org.plenary.drafts.NodeRow;
import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteSummary;
import org.plenary.notes.suggestions.WordingSuggestions;
import org.plenary.process.ProcessRef;

/**
 * A wording a note proposes, on the note page: who proposed it, the paragraphs of the revision current on the note's
 * date that hold its words (each with the identical proposal already recorded there, if any), and the link that opens
 * the proposal form pre-filled (kind, words, the proposer, the note as evidence, and the paragraph: the only one, or a
 * choice among several) for the paragraphs where it is not recorded yet.
 * @param found the wording and who proposed it
 * @param revision the revision current on the note's date, or {@code null}
 * @param places the paragraphs holding the targeted words, in document order
 * @param recordHref the pre-filled form, or {@code null} when no paragraph is left to record it on
 */
record ProposalSuggestion(WordingSuggestions.Found found, RevisionRow revision, List<Place> places, String recordHref) {

    /** Long words are cut in the link (a URL must stay well under 8 KB; the form checks the words anyway). */
    static final int WORDS_LIMIT = 1000;

    /**
     * A paragraph holding the targeted words.
     * @param node the paragraph
     * @param href the paragraph in the reader
     * @param proposalHref the identical proposal recorded on it, or {@code null}
     */
    record Place(NodeRow node, String href, String proposalHref) {

        /** The start of the paragraph, its label with it ("(b)" alone would not say which). */
        public String name() {
            String text = this.node.text().strip().replaceAll("\\s+", " ");
            if (text.length() <= 60) {
                return text;
            }
            int cut = text.lastIndexOf(' ', 58);
            return text.substring(0, (cut > 20) ? cut : 58) + "…";
        }
    }

    /** Whether the wording is recorded on every paragraph holding its words. */
    public boolean recorded() {
        return !this.places.isEmpty() && this.recordHref == null;
    }

    static ProposalSuggestion of(
            WordingSuggestions.Found found,
            NoteSummary note,
            ProcessRef process,
            RevisionRow revision,
            List<NodeRow> paragraphs,
            Map<String, Long> proposed,
            String contextPath) {
        var w = found.wording();
        ProposalKind kind = ProposalKind.ofApiName(w.change().apiName());
        ProposedChange change = new ProposedChange(kind, w.target(), w.words(), 0);
        List<Place> places = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (NodeRow node : paragraphs) {
            if (node.text() == null || node.text().isBlank()) {
                continue;
            }
            try {
                AmendmentOutcomes.check(change, node.text());
            } catch (TargetNotFoundException ex) {
                continue;
            }
            Long id = proposed.get(node.id() + ":" + change.identityKey());
            String base = contextPath + "/drafts/" + process.slug();
            places.add(new Place(
                    node,
                    base + "/revisions/" + node.revisionId() + "#" + node.anchor(),
                    (id != null) ? base + "/amendments/" + id : null));
            if (id == null && open.size() < AmendmentController.MAX_CANDIDATES) {
                open.add(node.id());
            }
        }
        String href = null;
        if (!open.isEmpty()) {
            Map<String, Object> values = new HashMap<>();
            values.put("slug", process.slug());
            values.put("node", open.get(0));
            values.put("kind", kind.apiName());
            values.put("target", cut(w.target()));
            values.put("words", cut(w.words()));
            values.put("note", note.id());
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(contextPath + "/drafts/{slug}/amendments/new")
                    .queryParam("node", "{node}");
            for (int i = 1; i < open.size(); i++) {
                values.put("also" + i, open.get(i));
                link.queryParam("node", "{also" + i + "}");
            }
            link.queryParam("kind", "{kind}").queryParam("target", "{target}");
            if (!w.words().isEmpty()) {
                link.queryParam("words", "{words}");
            }
            link.queryParam("note", "{note}");
            if (found.actor() != null) {
                values.put("speaker", found.actor().name());
                link.queryParam("speaker", "{speaker}");
            }
            if (found.onBehalfOf() != null) {
                values.put("onBehalfOf", found.onBehalfOf().name());
                link.queryParam("onBehalfOf", "{onBehalfOf}");
            }
            href = link.encode().buildAndExpand(values).toUriString();
        }
        return new ProposalSuggestion(found, revision, List.copyOf(places), href);
    }

    private static String cut(String words) {
        return (words.length() <= WORDS_LIMIT) ? words : words.substring(0, WORDS_LIMIT);
    }
}
