package org.plenary.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Writes an Atom 1.0 document with Rome: the feed's id is its own URL, each entry's id the URL of the page it links
 * to, and the feed's {@code updated} the latest entry's (a fixed instant when it has none, so that an empty feed reads
 * the same on every request).
 */
final class AtomFeeds {

    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private static final Instant NOTHING_YET = Instant.parse("2000-01-01T00:00:00Z");

    private AtomFeeds() {}

    /**
     * @param base the absolute URL of the application (scheme, host, context path), without a trailing slash
     * @param self the feed's path
     * @param alternate the path of the page the feed follows
     */
    static String write(String base, String self, String alternate, String title, List<FeedEntry> items) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + self);
        feed.setTitle(title);
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base + alternate)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + self)));
        feed.setUpdated(Date.from(items.stream()
                .map(FeedEntry::updated)
                .max(Comparator.naturalOrder())
                .orElse(NOTHING_YET)));
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry item : items) {
            Entry entry = new Entry();
            entry.setId(base + item.path());
            entry.setTitle(item.title());
            entry.setAlternateLinks(List.of(link("alternate", "text/html", base + item.path())));
            entry.setUpdated(Date.from(item.updated()));
            entry.setPublished(
                    Date.from(item.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            Person author = new Person();
            author.setName(item.author());
            entry.setAuthors(List.of(author));
            if (item.summary() != null && !item.summary().isBlank()) {
                Content summary = new Content();
                summary.setType(Content.TEXT);
                summary.setValue(item.summary());
                entry.setSummary(summary);
            }
            List<Category> categories = new ArrayList<>();
            for (String term : item.categories()) {
                Category category = new Category();
                category.setTerm(term);
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException ex) {
            throw new IllegalStateException("The feed " + self + " could not be written", ex);
        }
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
