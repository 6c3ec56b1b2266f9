package org.plenary.interventions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorPageSection;
import org.plenary.actors.ActorRef;
import org.plenary.notes.NoteReader;

/**
 * On a state's page, what it said (when, for whom); on a group's page, what was said on its behalf and by whom (and
 * what it said itself when no speaker was named); on both, the bloc consistency flags ({@link BlocConsistency}). The
 * latest {@link #LIMIT} up to the page's date, in a fixed number of statements; an anonymous reader never sees an
 * intervention made under the Chatham House rule here (naming the actor would name the speaker).
 */
@Component
class InterventionsSection implements ActorPageSection {

    static final int LIMIT = 15;

    /** What the fragment shows. */
    public record Data(
            ActorRef actor,
            boolean group,
            List<InterventionView> interventions,
            long total,
            String processSlug,
            List<BlocConsistency.Flag> flags) {}

    private final InterventionReading reading;

    private final BlocConsistency consistency;

    InterventionsSection(InterventionReading reading, BlocConsistency consistency) {
        this.reading = reading;
        this.consistency = consistency;
    }

    @Override
    public Optional<Section> of(ActorRef actor, Request request) {
        if (actor.kind() != ActorKind.STATE && actor.kind() != ActorKind.GROUP) {
            return Optional.empty();
        }
        boolean group = actor.kind() == ActorKind.GROUP;
        NoteReader.Viewer viewer = NoteReader.Viewer.of(request.viewer());
        LocalDate asOf = request.dateChosen() ? request.asOf() : null;
        InterventionQuery query = new InterventionQuery(
                null, group ? null : actor.id(), group ? actor.id() : null, null, asOf, null, null, true);
        List<Long> hidden = this.reading.hiddenFrom(viewer);
        InterventionPage page = this.reading.page(query, 1, LIMIT, true, viewer, hidden);
        java.util.Map<Long, String> slugs = new java.util.HashMap<>();
        page.interventions().forEach((i) -> {
            if (i.processSlug() != null) {
                slugs.put(i.processId(), i.processSlug());
            }
        });
        List<BlocConsistency.Flag> flags = this.consistency.flags(actor, asOf, viewer, hidden, slugs);
        String slug = page.interventions().isEmpty()
                ? null
                : page.interventions().get(0).processSlug();
        return Optional.of(new Section(
                40,
                "interventions/section",
                "interventions",
                new Data(actor, group, page.interventions(), page.total(), slug, flags)));
    }
}
