package org.plenary.search;

import java.util.List;

/** What the search filters offer: rounds (of every process) and tags. */
record FilterChoices(List<Choice> rounds, List<String> tags) {

    record Choice(long id, String label) {}
}
