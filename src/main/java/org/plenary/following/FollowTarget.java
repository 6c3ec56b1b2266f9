package org.plenary.following;

/** What one follows: an issue or an actor (a state, a group, an organisation). */
enum FollowTarget {
    ISSUE("issue_id", "issue"),
    ACTOR("actor_id", "actor");

    final String column;

    final String table;

    FollowTarget(String column, String table) {
        this.column = column;
        this.table = table;
    }

    /** The target a URL names ({@code issues}, {@code actors}), or null. */
    static FollowTarget of(String path) {
        return switch (path) {
            case "issues" -> ISSUE;
            case "actors" -> ACTOR;
            default -> null;
        };
    }
}
