package org.plenary.feeds;

import java.util.List;
import java.util.Locale;

import org.plenary.actors.ActorRef;

/**
 * What else than the notes that name it goes into an actor's feed (its interventions): the public record only,
 * newest first, at most {@code limit}.
 */
interface ActorFeedSource {

    List<FeedEntry> entries(ActorRef actor, int limit, Locale locale);
}
