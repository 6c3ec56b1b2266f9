package org.plenary.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.UriUtils;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorNamesChanged;
import org.plenary.actors.ActorRef;
import org.plenary.actors.NameResolver;

/**
 * Recognises actors named in a note, with the names, official names, codes and aliases of the actors module
 * ({@link NameResolver#names()}) compiled into one {@link NameDictionary}. The dictionary is built once and again
 * after an actor's names change ({@link ActorNamesChanged}).
 */
@Service
public class MentionRecognizer {

    /** A mention: UTF-16 offsets into the text, the text as written, the actor. */
    public record Mention(int start, int end, String text, ActorRef actor) {}

    private final NameResolver names;

    private final ActorDirectory actors;

    private volatile NameDictionary dictionary;

    MentionRecognizer(NameResolver names, ActorDirectory actors) {
        this.names = names;
        this.actors = actors;
    }

    /** The actors named in the text, left to right, by the names that hold at the date (the note's). */
    public List<Mention> recognise(String text, LocalDate date) {
        return dictionary().find((text != null) ? text : "", date).stream()
                .map((f) -> new Mention(f.start(), f.end(), f.written(), f.actor()))
                .toList();
    }

    /**
     * The sanitised HTML of a note with every recognised name linked to its actor's page (a group's as of the note's
     * date). Text inside links and code is left alone.
     */
    String link(String safeHtml, LocalDate date) {
        NameDictionary dictionary = dictionary();
        Document doc = Jsoup.parseBodyFragment(safeHtml);
        doc.outputSettings().prettyPrint(false);
        for (TextNode node : textNodes(doc.body())) {
            List<NameDictionary.Found> found = dictionary.find(node.getWholeText(), date);
            if (found.isEmpty()) {
                continue;
            }
            String text = node.getWholeText();
            int at = 0;
            Node anchor = node;
            for (NameDictionary.Found f : found) {
                TextNode before = new TextNode(text.substring(at, f.start()));
                anchor.after(before);
                anchor = before;
                Element link = new Element("a")
                        .attr("href", href(f.actor(), date))
                        .addClass("mention")
                        .text(f.written());
                anchor.after(link);
                anchor = link;
                at = f.end();
            }
            anchor.after(new TextNode(text.substring(at)));
            node.remove();
        }
        return doc.body().html();
    }

    static String href(ActorRef actor, LocalDate date) {
        String code = UriUtils.encodePathSegment(actor.code(), java.nio.charset.StandardCharsets.UTF_8);
        return (actor.kind() == ActorKind.GROUP)
                ? "/groups/" + code + ((date != null) ? "?asOf=" + date : "")
                : "/actors/" + code;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new java.util.ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Element element, List<TextNode> nodes) {
        String tag = element.tagName();
        if (tag.equals("a") || tag.equals("code") || tag.equals("pre")) {
            return;
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                nodes.add(text);
            } else if (child instanceof Element e) {
                collect(e, nodes);
            }
        }
    }

    /** After the change is committed, so that the next build reads it. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ActorNamesChanged event) {
        this.dictionary = null;
    }

    NameDictionary dictionary() {
        NameDictionary current = this.dictionary;
        if (current == null) {
            Map<Long, ActorRef> byId =
                    this.actors.all().stream().collect(Collectors.toMap(ActorRef::id, Function.identity()));
            current = NameDictionary.of(this.names.names(), byId);
            this.dictionary = current;
        }
        return current;
    }
}
