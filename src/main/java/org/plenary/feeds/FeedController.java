package org.plenary.feeds;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.notes.NoteFilter;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteStatus;
import org.plenary.notes.NoteSummary;
import org.plenary.notes.Visibility;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * The Atom feeds: a process' public notes, those with a tag, and an actor's (the public notes that name it). Each is
 * read as an anonymous reader whoever asks, so that a feed (often fetched by a shared reader service, and cached) is
 * the same for everyone and holds only the public record.
 */
@Controller
class FeedController {

    static final int SIZE = NoteReader.PAGE_SIZE;

    private final ProcessCatalog processes;

    private final NoteReader notes;

    private final ActorDirectory actors;

    private final org.springframework.beans.factory.ObjectProvider<ActorFeedSource> actorSources;

    private final MessageSource messages;

    FeedController(
            ProcessCatalog processes,
            NoteReader notes,
            ActorDirectory actors,
            org.springframework.beans.factory.ObjectProvider<ActorFeedSource> actorSources,
            MessageSource messages) {
        this.processes = processes;
        this.notes = notes;
        this.actors = actors;
        this.actorSources = actorSources;
        this.messages = messages;
    }

    @GetMapping("/processes/{slug}/feed.atom")
    ResponseEntity<String> process(@PathVariable String slug, Locale locale) {
        ProcessRef process = process(slug);
        List<FeedEntry> entries = publicOnly(this.notes
                        .list(process, NoteFilter.none(), 1, NoteReader.Viewer.ANONYMOUS)
                        .notes())
                .toList();
        String title = this.messages.getMessage("feed.process.title", new Object[] {process.name()}, locale);
        return atom(FeedLinks.processFeed(process.slug()), "/processes/" + process.slug() + "/notes", title, entries);
    }

    @GetMapping("/processes/{slug}/tags/{tag}/feed.atom")
    ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String tag, Locale locale) {
        ProcessRef process = process(slug);
        NoteFilter filter = new NoteFilter(null, null, tag, null);
        if (filter.tag() == null) {
            throw new NotFoundException("feed.tag.notFound", tag);
        }
        List<FeedEntry> entries = publicOnly(this.notes
                        .list(process, filter, 1, NoteReader.Viewer.ANONYMOUS)
                        .notes())
                .toList();
        String title = this.messages.getMessage("feed.tag.title", new Object[] {process.name(), filter.tag()}, locale);
        String page = "/processes/" + process.slug() + "/notes?tag="
                + UriUtils.encodeQueryParam(filter.tag(), java.nio.charset.StandardCharsets.UTF_8);
        return atom(FeedLinks.tagFeed(process.slug(), filter.tag()), page, title, entries);
    }

    @GetMapping("/actors/{code}/feed.atom")
    ResponseEntity<String> actor(@PathVariable String code, Locale locale) {
        ActorRef actor = this.actors.find(code).orElseThrow(() -> new NotFoundException("actor.notFound", code));
        List<FeedEntry> entries = Stream.concat(
                        publicOnly(this.notes.mentioning(actor.id(), NoteReader.Viewer.ANONYMOUS, SIZE)),
                        this.actorSources
                                .orderedStream()
                                .flatMap((source) -> source.entries(actor, SIZE, locale).stream()))
                .sorted(java.util.Comparator.comparing(FeedEntry::date)
                        .thenComparing(FeedEntry::updated)
                        .reversed())
                .limit(SIZE)
                .toList();
        String title = this.messages.getMessage("feed.actor.title", new Object[] {actor.name()}, locale);
        String page = ((actor.kind() == ActorKind.GROUP) ? "/groups/" : "/actors/") + actor.code();
        return atom(FeedLinks.actorFeed(actor.code()), page, title, entries);
    }

    /**
     * The public record only. The reader already admits nothing else to an anonymous reader; this says it again,
     * here, so that a change of the notes' rules can never put a members' note in a feed someone subscribed to.
     */
    static Stream<FeedEntry> publicOnly(List<NoteSummary> notes) {
        return notes.stream()
                .filter((n) ->
                        n.status() == NoteStatus.PUBLISHED && n.visibility() == Visibility.PUBLIC && !n.chathamHouse())
                .map((n) -> new FeedEntry(
                        "/notes/" + n.id(),
                        n.title(),
                        n.date(),
                        n.updatedAt(),
                        (n.organisation() != null) ? n.author() + ", " + n.organisation() : n.author(),
                        n.excerpt(),
                        n.tags()));
    }

    private static ResponseEntity<String> atom(String self, String page, String title, List<FeedEntry> entries) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AtomFeeds.MEDIA_TYPE))
                .body(AtomFeeds.write(base, self, page, title, entries));
    }

    private ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }
}
