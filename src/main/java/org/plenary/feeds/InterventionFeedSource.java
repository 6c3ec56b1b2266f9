package org.plenary.feeds;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.interventions.InterventionQuery;
import org.plenary.interventions.InterventionReading;
import org.plenary.interventions.InterventionView;
import org.plenary.notes.NoteReader;

/**
 * An actor's interventions in its feed: what a state said, or what was said on a group's behalf and by it; never one
 * from a Chatham House meeting (asked of the interventions module, and checked again here).
 */
@Component
class InterventionFeedSource implements ActorFeedSource {

    private final InterventionReading interventions;

    private final MessageSource messages;

    InterventionFeedSource(InterventionReading interventions, MessageSource messages) {
        this.interventions = interventions;
        this.messages = messages;
    }

    @Override
    public List<FeedEntry> entries(ActorRef actor, int limit, Locale locale) {
        boolean group = actor.kind() == ActorKind.GROUP;
        InterventionQuery query = new InterventionQuery(
                null, group ? null : actor.id(), group ? actor.id() : null, null, null, null, null, true);
        return this.interventions.page(query, 1, limit, true, NoteReader.Viewer.ANONYMOUS).interventions().stream()
                .filter((v) -> !v.chathamHouse() && !v.speakerHidden() && v.actor() != null)
                .map((v) -> entry(v, locale))
                .toList();
    }

    private FeedEntry entry(InterventionView v, Locale locale) {
        String kind = this.messages.getMessage("intervention.kind." + v.kind().apiName(), null, locale);
        String title = (v.onBehalfOf() != null)
                ? this.messages.getMessage(
                        "feed.intervention.titleFor",
                        new Object[] {v.actor().name(), v.onBehalfOf().name(), kind},
                        locale)
                : this.messages.getMessage(
                        "feed.intervention.title", new Object[] {v.actor().name(), kind}, locale);
        String summary = (v.quote() != null && !v.quote().isBlank())
                ? v.summary() + " \u201c" + v.quote() + "\u201d"
                : v.summary();
        return new FeedEntry(
                "/processes/" + v.processSlug() + "/interventions/" + v.id(),
                title,
                v.day(),
                v.day().atStartOfDay(ZoneOffset.UTC).toInstant(),
                v.createdBy(),
                summary,
                List.of(kind));
    }
}
