package org.plenary.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.actors.Resolution;

/**
 * Reads the "Line up:" block of a brief: a "Line up:" line, then a heading line per stance, each followed by bulleted
 * names ({@code ·}, {@code •}, {@code -}, {@code *}, {@code –}, numbered lines). The block ends at a blank line that
 * is followed by neither a bullet nor a heading with bullets under it.
 *
 * <p>An entry stands for one or several actors: "Switzerland and Liechtenstein", "Bulgaria, Jamaica, Luxemburg"; a
 * group with its spokesperson ("Latin American countries and Canada, with Brazil as spokesperson"); a named group with
 * its members after a dash ("Luxemburg—group of friends of children Bulgaria, Jamaica, Luxemburg": the group, spoken
 * for by Luxemburg); remarks in parentheses or after a dash ("Turkey (less adamant)", "Iran — surprisingly"); UN
 * names with an inverted part ("Bolivia (Plurinational State of)"). A whole phrase is tried before its parts, so
 * "Trinidad and Tobago" stays one state. A name that resolves to nothing, or to several actors, is reported as
 * unresolved, never guessed (an ambiguous one with the actors it may stand for). Pure: names are resolved by the function given (the actors module's resolver).
 */
public final class LineupParser {

    /** The line-up of a text: its sections in order (none when the text has no line-up). */
    public record Lineup(List<Section> sections) {

        public boolean isEmpty() {
            return this.sections.isEmpty();
        }
    }

    /** A heading (a stance as the brief words it) and its entries. */
    public record Section(String heading, List<Entry> entries) {}

    /**
     * One bullet: its text without the bullet mark, the actors it stands for (a group as the group), the remark, the
     * spokesperson and named members of a group, and the names that resolved to nothing or to several actors; for
     * those that are ambiguous ("Korea", "Congo"), the actors they may stand for.
     */
    public record Entry(
            String text,
            List<ActorRef> actors,
            String remark,
            ActorRef spokesperson,
            List<ActorRef> members,
            List<String> unresolved,
            Map<String, List<ActorRef>> ambiguous) {

        public boolean resolved() {
            return this.unresolved.isEmpty() && !this.actors.isEmpty();
        }

        /** The actors an unresolved name may stand for: empty when it names none. */
        public List<ActorRef> candidatesOf(String name) {
            return this.ambiguous.getOrDefault(name, List.of());
        }
    }

    private static final Pattern LINE_UP = Pattern.compile("^\\s*line[\\s-]?up\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[·•\\-*–—▪◦‣]|\\d{1,3}[.)])\\s*(\\S.*)$");

    private static final Pattern SPOKESPERSON = Pattern.compile(
            "^(.*?),?\\s+(?:with|through|via)\\s+(?:the\\s+)?(.+?)\\s+as\\s+(?:its\\s+|their\\s+)?spokes(?:person|man|woman)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ON_BEHALF = Pattern.compile(
            "^(.+?),?\\s+(?:on behalf of|for|speaking for)\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern DASH = Pattern.compile("\\s*(?:—|–|\\s-\\s|--)\\s*");

    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*(.*)$");

    private static final Pattern LIST_SEPARATOR =
            Pattern.compile("\\s*(?:,|;|&|/)\\s*|\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private final Function<String, Resolution> resolver;

    /** @param resolver resolves a written name at the note's date (never guesses) */
    public LineupParser(Function<String, Resolution> resolver) {
        this.resolver = resolver;
    }

    /** Whether the text has a "Line up:" line (cheap: the note page offers the review when it does). */
    public static boolean hasLineup(String text) {
        return text != null && text.lines().anyMatch((l) -> LINE_UP.matcher(l).matches());
    }

    /** The line-up of the text, if it has one; the first "Line up:" block counts. */
    public Lineup parse(String text) {
        List<String> lines = (text != null) ? text.lines().toList() : List.of();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (LINE_UP.matcher(lines.get(i)).matches()) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            return new Lineup(List.of());
        }
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<Entry> entries = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                if (continuesAfterBlank(lines, i)) {
                    continue;
                }
                break;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                if (heading == null) {
                    heading = "";
                }
                entries.add(entry(bullet.group(1).strip()));
            } else {
                if (heading != null) {
                    sections.add(new Section(heading, List.copyOf(entries)));
                }
                heading = line;
                entries = new ArrayList<>();
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, List.copyOf(entries)));
        }
        return new Lineup(List.copyOf(sections));
    }

    /** A blank line inside the block: it goes on if a bullet follows, or a heading with a bullet under it. */
    private static boolean continuesAfterBlank(List<String> lines, int blank) {
        int next = blank + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        if (next >= lines.size()) {
            return false;
        }
        if (BULLET.matcher(lines.get(next)).matches()) {
            return true;
        }
        return next + 1 < lines.size() && BULLET.matcher(lines.get(next + 1)).matches();
    }

    /** One bullet's text (without its mark) read into actors, remark, spokesperson and members. */
    Entry entry(String text) {
        Found found = new Found();
        String names = text;

        Matcher spokes = SPOKESPERSON.matcher(names);
        if (spokes.matches()) {
            names = spokes.group(1).strip();
            found.spokesperson = single(spokes.group(2), found);
        }

        // After a dash: a named group with its members, else a remark.
        String[] dashed = DASH.split(names, 2);
        if (dashed.length == 2 && !dashed[1].isBlank()) {
            if (!namedGroup(dashed[0], dashed[1], found)) {
                names = dashed[0];
                found.remarks.add(dashed[1].strip());
            } else {
                names = null;
            }
        }

        if (names != null) {
            Matcher behalf = ON_BEHALF.matcher(names);
            if (behalf.matches() && resolves(behalf.group(2)) && resolves(behalf.group(1))) {
                ActorRef speaker = single(behalf.group(1), found);
                ActorRef group = single(behalf.group(2), found);
                if (group != null && group.kind() == ActorKind.GROUP) {
                    found.actors.add(group);
                    found.spokesperson = speaker;
                    names = null;
                }
            }
        }
        if (names != null) {
            names(names, found);
        }
        String remark = found.remarks.isEmpty() ? null : String.join("; ", found.remarks);
        Map<String, List<ActorRef>> ambiguous = new LinkedHashMap<>();
        for (String name : found.unresolved) {
            Resolution r = this.resolver.apply(name);
            if (r != null && r.status() == Resolution.Status.AMBIGUOUS) {
                ambiguous.put(name, r.candidates());
            }
        }
        return new Entry(
                text,
                List.copyOf(found.actors),
                remark,
                found.spokesperson,
                List.copyOf(found.members),
                List.copyOf(found.unresolved),
                java.util.Collections.unmodifiableMap(ambiguous));
    }

    /** "Luxemburg—group of friends of children Bulgaria, Jamaica, Luxemburg": a group named after the dash. */
    private boolean namedGroup(String before, String after, Found found) {
        String[] words = after.strip().split("\\s+");
        for (int n = Math.min(words.length, 10); n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            Resolution r = this.resolver.apply(clean(candidate));
            if (r != null && r.isResolved() && r.actor().kind() == ActorKind.GROUP) {
                found.actors.add(r.actor());
                if (!before.isBlank()) {
                    Resolution speaker = this.resolver.apply(clean(before));
                    if (speaker != null && speaker.isResolved()) {
                        found.spokesperson = speaker.actor();
                    } else {
                        found.unresolved.add(clean(before));
                    }
                }
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
                if (!rest.isBlank()) {
                    Found members = new Found();
                    names(rest, members);
                    found.members.addAll(members.actors);
                    found.unresolved.addAll(members.unresolved);
                    found.remarks.addAll(members.remarks);
                }
                return true;
            }
        }
        return false;
    }

    /** A list of names: the whole first, then its parts (commas, "and"); remarks in parentheses kept. */
    private void names(String text, Found found) {
        String whole = clean(text);
        if (whole.isEmpty()) {
            return;
        }
        if (name(whole, found)) {
            return;
        }
        String[] parts = LIST_SEPARATOR.split(whole);
        if (parts.length == 1) {
            found.unresolved.add(whole);
            return;
        }
        // Commas first, so that "Trinidad and Tobago, Jamaica" keeps Trinidad and Tobago whole.
        String[] byComma = whole.split("\\s*[,;]\\s*");
        if (byComma.length > 1) {
            for (String part : byComma) {
                names(part, found);
            }
            return;
        }
        for (String part : parts) {
            String p = clean(part);
            if (!p.isEmpty() && !name(p, found)) {
                found.unresolved.add(p);
            }
        }
    }

    /** One name, possibly with a parenthesis: a UN name's inverted part, or a remark. */
    private boolean name(String text, Found found) {
        Resolution whole = this.resolver.apply(text);
        if (whole != null && whole.isResolved()) {
            found.actors.add(whole.actor());
            return true;
        }
        Matcher paren = TRAILING_PARENTHESIS.matcher(text);
        if (paren.matches() && paren.group(3).isBlank()) {
            String base = clean(paren.group(1));
            String inside = paren.group(2).strip();
            if (inside.toLowerCase(Locale.ROOT).endsWith(" of")) {
                // "Bolivia (Plurinational State of)": the UN's order of "Plurinational State of Bolivia".
                for (String candidate : List.of(inside + " " + base, base)) {
                    Resolution r = this.resolver.apply(candidate);
                    if (r != null && r.isResolved()) {
                        found.actors.add(r.actor());
                        return true;
                    }
                }
                return false;
            }
            Resolution r = this.resolver.apply(base);
            if (r != null && r.isResolved()) {
                found.actors.add(r.actor());
                found.remarks.add(inside);
                return true;
            }
            if (r != null && !base.isEmpty()) {
                found.remarks.add(inside);
                found.unresolved.add(base);
                return true;
            }
        }
        return false;
    }

    private boolean resolves(String text) {
        Resolution r = this.resolver.apply(clean(text));
        return r != null && r.isResolved();
    }

    private ActorRef single(String text, Found found) {
        Resolution r = this.resolver.apply(clean(text));
        if (r != null && r.isResolved()) {
            return r.actor();
        }
        found.unresolved.add(clean(text));
        return null;
    }

    /** Trims spaces, a leading "the" and trailing punctuation. */
    static String clean(String text) {
        String s = (text != null) ? text.strip() : "";
        s = s.replaceAll("[.:;,]+$", "").strip();
        if (s.toLowerCase(Locale.ROOT).startsWith("the ")) {
            s = s.substring(4).strip();
        }
        return s;
    }

    private static final class Found {
        final Set<ActorRef> actors = new LinkedHashSet<>();
        final List<ActorRef> members = new ArrayList<>();
        final List<String> unresolved = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();
        ActorRef spokesperson;
    }
}
