package org.plenary.search;

import java.util.List;

/**
 * What the search filters offer: processes (by slug), rounds (of every process, by id), tags, and actors (by code, for
 * the completion of the actor field, which takes a name, a code or an alias).
 */
record FilterChoices(List<Choice> processes, List<Choice> rounds, List<String> tags, List<Choice> actors) {

    /** A value the filter sends and the label it shows. */
    record Choice(String key, String label) {}

    boolean hasProcess(String slug) {
        return this.processes.stream().anyMatch((p) -> p.key().equals(slug));
    }
}
