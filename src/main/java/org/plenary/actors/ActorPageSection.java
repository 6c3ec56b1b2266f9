package org.plenary.actors;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * A section that another module adds to an actor's or a group's page (its stances, the notes that mention it, its
 * proposals, its interventions), so that the actors module shows them without depending on those modules. A module
 * declares a bean implementing this; the page asks every such bean and inserts each section's fragment in
 * {@link Section#order()}.
 *
 * <p>A section reads what it shows in a fixed number of SQL statements whatever the data size, and shows only what
 * the viewer may see (an anonymous reader never sees members-only or Chatham House content).
 */
public interface ActorPageSection {

    /**
     * What this section shows of the actor, or empty when it has nothing to show for this kind of actor.
     *
     * @param actor the state, group or organisation whose page is shown
     * @param request the page's date and who is reading it
     */
    Optional<Section> of(ActorRef actor, Request request);

    /**
     * The page being shown: its "as of" date, its reader ({@code null} or anonymous when not signed in), the date the
     * reader compares with ({@code null} when none), and whether the reader chose the date (else it is the page's
     * default, and a section about one negotiation may prefer that negotiation's own default date).
     */
    record Request(LocalDate asOf, Authentication viewer, LocalDate compareWith, boolean dateChosen) {

        public Request(LocalDate asOf, Authentication viewer) {
            this(asOf, viewer, null, true);
        }
    }

    /**
     * One section: the Thymeleaf template and fragment to insert, and the data the fragment reads as {@code data}.
     * Lower {@code order} comes first.
     */
    record Section(int order, String template, String fragment, Object data) {}
}
