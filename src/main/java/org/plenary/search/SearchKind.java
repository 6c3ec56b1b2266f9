package org.plenary.search;

/** What a hit is: each kind is found by one {@link SearchSource}. */
enum SearchKind {
    NOTE,
    INTERVENTION,
    POSITION,
    PARAGRAPH,
    AMENDMENT;

    /** The key of the kind's name in messages.properties. */
    public String messageKey() {
        return "search.kind." + name();
    }
}
