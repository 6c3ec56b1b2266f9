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

    /** Every actor by id, built with the dictionary: the actors a correction links to, and the "link a name" choices. */
    private volatile Map<Long, ActorRef> actorsById;

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

    /** The actors named in the text with a note's corrections applied: what is stored for the note. */
    List<Mention> recognise(String text, LocalDate date, List<MentionCorrection> corrections) {
        String body = (text != null) ? text : "";
        return MentionCorrection.apply(body, dictionary().find(body, date), corrections, actorsById()).stream()
                .map((f) -> new Mention(f.start(), f.end(), f.written(), f.actor()))
                .toList();
    }

    /** An actor by id, if it exists (read from the dictionary's build, no statement). */
    java.util.Optional<ActorRef> actor(Long id) {
        return java.util.Optional.ofNullable(actorsById().get(id));
    }

    /** Every actor, by name: the choices of "link a name". */
    List<ActorRef> actors() {
        return actorsById().values().stream()
                .sorted(java.util.Comparator.comparing(ActorRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The linked HTML of a note and the names it links (each actor and words once, in order of first use). */
    record Linked(String html, List<NoteView.Mention> mentions) {}

    /**
     * The sanitised HTML of a note with every recognised name linked to its actor's page (a group's as of the note's
     * date). Text inside links and code is left alone.
     */
    String link(String safeHtml, LocalDate date) {
        return link(safeHtml, date, List.of()).html();
    }

    /** As {@link #link(String, LocalDate)}, with a note's corrections applied (see {@link MentionCorrection}). */
    Linked link(String safeHtml, LocalDate date, List<MentionCorrection> corrections) {
        NameDictionary dictionary = dictionary();
        Map<Long, ActorRef> byId = actorsById();
        Map<String, NoteView.Mention> linked = new java.util.LinkedHashMap<>();
        Document doc = Jsoup.parseBodyFragment(safeHtml);
        doc.outputSettings().prettyPrint(false);
        for (TextNode node : textNodes(doc.body())) {
            String text = node.getWholeText();
            List<NameDictionary.Found> found =
                    MentionCorrection.apply(text, dictionary.find(text, date), corrections, byId);
            if (found.isEmpty()) {
                continue;
            }
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
                linked.putIfAbsent(
                        f.actor().id() + "\u0000" + f.written(),
                        new NoteView.Mention(
                                f.actor(),
                                f.written(),
                                href(f.actor(), date),
                                corrections.contains(new MentionCorrection(
                                        MentionCorrection.Kind.ADD, f.actor().id(), f.written()))));
                anchor.after(link);
                anchor = link;
                at = f.end();
            }
            anchor.after(new TextNode(text.substring(at)));
            node.remove();
        }
        return new Linked(doc.body().html(), List.copyOf(linked.values()));
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
        this.actorsById = null;
    }

    private Map<Long, ActorRef> actorsById() {
        Map<Long, ActorRef> current = this.actorsById;
        if (current == null) {
            current = this.actors.all().stream().collect(Collectors.toMap(ActorRef::id, Function.identity()));
            this.actorsById = current;
        }
        return current;
    }

    NameDictionary dictionary() {
        NameDictionary current = this.dictionary;
        if (current == null) {
            current = NameDictionary.of(this.names.names(), actorsById());
            this.dictionary = current;
        }
        return current;
    }
}
