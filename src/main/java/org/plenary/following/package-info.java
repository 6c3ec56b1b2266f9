/**
 * Following and "since my last visit" (#8): a signed-in user follows issues and actors (buttons on the line-up and on
 * the actor and group pages, POST with CSRF), and the home page lists what changed since their previous visit: new
 * notes they may read, positions that moved on the issues they follow or taken by the actors they follow, new
 * revisions.
 *
 * <p>"Previous visit": the start of the last session in which the user opened the home page. The first home page of a
 * session moves the user's last visit forward once ({@link org.plenary.following.LastVisits}) and keeps the instant it
 * replaced in the session, so reloads and later home pages of the same session show the same list; the next login
 * counts from this one. Reads through {@code notes}, {@code positions} and {@code drafts}.
 */
package org.plenary.following;
