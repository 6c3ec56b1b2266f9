package org.plenary.notes.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds interventions in prose written the way the Earth Negotiations Bulletin writes them, sentence by sentence: who
 * spoke and on whose behalf, and who supported or opposed it. The shapes it reads:
 *
 * <ul>
 *   <li>"Austria, on behalf of the EU 27, said ...", "Comoros on behalf of the AG spoke ...";
 *   <li>"On behalf of the Europe-27 Group, the delegate from Austria began ...", and "the delegate from X ... on behalf
 *       of Y";
 *   <li>"Sudan, for the G-77/China, said ...", "Comoros (for the African Group) ...", "Comoros for the African Group";
 *   <li>"The Africa Group, represented by Comoros, ...";
 *   <li>"The Africa Group (Comoros) emphasised ...", "Austria (EU) also ..." (a group and a state, either way round);
 *   <li>"on behalf of a group of countries, including Argentina, Bangladesh, ...", "an inter-regional group represented
 *       by the Philippines which included: Argentina, ...": the group is the one whose members are exactly (or, failing
 *       that, the only one whose members include) the countries listed;
 *   <li>"the Philippines (on its own behalf)";
 *   <li>"..., supported by A and B", "opposed by C" (also "echoed", "seconded", "backed", "joined" by), attached to the
 *       speaker before them, or to the actor that begins the sentence ("Norway proposed ..., opposed by Russia").
 * </ul>
 *
 * <p>Names are not read here: the caller gives the actors it recognised in the text (the notes' recogniser, at the
 * note's date), so a name it does not know is never guessed. A group named after "on behalf of" that is not recognised
 * is reported as unresolved, with the speaker. A sentence that names no speaker in one of these shapes yields nothing.
 * Pure and thread-safe.
 */
public final class SuggestionParser {

    /** An actor recognised in the text: its UTF-16 offsets, its code, and whether it is a group. */
    public record Name(int start, int end, String code, boolean group) {}

    /** The group whose members at the date are the countries listed (codes), or null when none or several fit. */
    @FunctionalInterface
    public interface GroupsByMembers {

        String groupOf(Set<String> members);
    }

    /**
     * One intervention found: the sentence (and its UTF-16 offsets into the text), the speaker's code, the group
     * spoken for (null when none, or when it was not recognised: then it is in {@code unresolved}), the supporters and
     * opponents, and the countries a group was listed with.
     */
    public record Suggestion(
            String sentence,
            int start,
            int end,
            String actor,
            String onBehalfOf,
            List<String> supporters,
            List<String> opponents,
            List<String> members,
            List<String> unresolved) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final char OPEN = '\uE000';

    private static final char CLOSE = '\uE001';

    private static final String ART = "(?:the\\s+)?";

    private static final String TOKEN = OPEN + "\\d+" + CLOSE;

    private static final String LIST =
            ART + TOKEN + "(?:\\s*,\\s*(?:and\\s+)?" + ART + TOKEN + "|\\s+(?:and|&)\\s+" + ART + TOKEN + ")*";

    /** The group spoken for: a name, or a phrase (up to a stop) optionally followed by the countries it includes. */
    private static final String GROUP_SLOT = "(?:" + ART + tok("group") + "|(?<phrase>[^,;:.()\\[\\]" + OPEN + CLOSE
            + "“”\"]+?)(?:\\s*,?\\s*(?:including|comprising|namely|which included|that included)\\s*:?\\s*(?<list>"
            + LIST + "))?)(?=\\s*(?:[,;:.()]|$|\\s(?:said|says|spoke|stated|noted|stressed|emphasi[sz]ed|argued|asked"
            + "|called|proposed|began|did|also|who|which|and|in|on|at|with|to)\\b))";

    private static final String ROLE = "(?:delegates?|delegations?|representatives?|ambassadors?|speakers?|envoys?)";

    private static final List<Pattern> SPEAKERS = List.of(
            // Austria, on behalf of the EU 27, ...
            Pattern.compile(
                    tok("speaker") + "\\s*,?\\s*\\(?\\s*(?:(?:spoke|speaks|speaking)\\s+)?on behalf of\\s+"
                            + GROUP_SLOT,
                    FLAGS),
            // Comoros spoke for the African Group / the Philippines spoke for an inter-regional group of 18 states
            Pattern.compile(
                    tok("speaker") + "\\s+(?:spoke|speaks|speaking)\\s+for\\s+(?:" + ART + tok("group")
                            + "|(?<phrase>(?:an?|some)\\s+[^,;:.()" + OPEN + CLOSE + "]*?\\b(?:groups?|countries|states"
                            + "|members|delegations|coalition|friends|bloc|alliance)\\b(?:\\s+of\\s+\\d+(?:\\s+states"
                            + "|\\s+countries)?)?))",
                    FLAGS),
            // On behalf of the EU 27, (the delegate from) Austria ...
            Pattern.compile(
                    "(?:^|[,;:(]\\s*)(?:speaking\\s+)?on behalf of\\s+" + GROUP_SLOT + "\\s*,\\s*(?:" + ART + ROLE
                            + "\\s+(?:from|of)\\s+)?" + ART + tok("speaker"),
                    FLAGS),
            // the delegate from the Philippines ... on behalf of ...
            Pattern.compile(
                    ROLE + "\\s+(?:from|of)\\s+" + ART + tok("speaker") + "[^.;" + OPEN + "]*?\\bon behalf of\\s+"
                            + GROUP_SLOT,
                    FLAGS),
            // The Africa Group, represented by Comoros, ... / an inter-regional group represented by the Philippines
            // which included: ...
            Pattern.compile(
                    "(?:" + tok("group") + "|(?<phrase>\\ban?\\s+[\\p{L}\\- ]{0,40}?group))\\s*,?\\s*(?:as\\s+)?"
                            + "represented by\\s+" + ART + tok("speaker")
                            + "(?:\\s*,?\\s*(?:which|who|that)\\s+(?:included|includes|include|comprised|comprises)"
                            + "\\s*:?\\s*(?<list>" + LIST + "))?",
                    FLAGS));

    /** "X, for Y," "X (for Y)" "X for Y": only when Y is a group and X is not. */
    private static final Pattern FOR = Pattern.compile(
            tok("speaker") + "(?:\\s*,\\s*(?:speaking\\s+)?for\\s+" + ART + tok("group") + "\\s*(?=,|$)"
                    + "|\\s*\\(\\s*(?:speaking\\s+)?for\\s+" + ART + tok("group2") + "\\s*\\)"
                    + "|\\s+(?:speaking\\s+)?for\\s+" + ART + tok("group3") + "(?![\\p{L}\\d]))",
            FLAGS);

    /** "The Africa Group (Comoros)", "Austria (EU)": a group and a state, either way round. */
    private static final Pattern PARENTHESES =
            Pattern.compile(tok("first") + "\\s*\\(\\s*" + ART + tok("second") + "\\s*\\)", FLAGS);

    private static final Pattern OWN_BEHALF = Pattern.compile(
            tok("speaker") + "\\s*\\(\\s*(?:speaking\\s+)?on (?:its|their|her|his) own behalf\\s*\\)", FLAGS);

    private static final Pattern SUPPORTED = Pattern.compile(
            "\\b(?:supported|seconded|echoed|backed|endorsed|joined)\\s+by\\s+(?<list>" + LIST + ")", FLAGS);

    private static final Pattern OPPOSED =
            Pattern.compile("\\b(?:opposed|objected to|contested|resisted)\\s+by\\s+(?<list>" + LIST + ")", FLAGS);

    /** A sentence that begins with an actor and a word in lower case: "Norway proposed ...". */
    private static final Pattern SUBJECT = Pattern.compile("^" + ART + tok("speaker") + "\\s+\\p{Ll}", FLAGS);

    private static final Pattern ANY_TOKEN = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private final GroupsByMembers groups;

    /** @param groups finds a group by its members at the date (for "a group of countries, including ...") */
    public SuggestionParser(GroupsByMembers groups) {
        this.groups = groups;
    }

    /** The interventions in the text, in order, given the actors recognised in it. */
    public List<Suggestion> suggest(String text, List<Name> names) {
        List<Name> sorted =
                names.stream().sorted(Comparator.comparingInt(Name::start)).toList();
        List<Suggestion> found = new ArrayList<>();
        int n = 0;
        for (Sentences.Span span : Sentences.of(text)) {
            while (n < sorted.size() && sorted.get(n).start() < span.start()) {
                n++;
            }
            List<Name> inside = new ArrayList<>();
            for (int i = n; i < sorted.size() && sorted.get(i).start() < span.end(); i++) {
                if (sorted.get(i).end() <= span.end()) {
                    inside.add(sorted.get(i));
                }
            }
            if (!inside.isEmpty()) {
                found.addAll(new Sentence(text, span, inside).read());
            }
        }
        return found;
    }

    private static String tok(String name) {
        return OPEN + "(?<" + name + ">\\d+)" + CLOSE;
    }

    /** One sentence, its names replaced by numbered tokens so that the shapes are patterns over words and tokens. */
    private final class Sentence {

        private final String text;

        private final Sentences.Span span;

        private final List<Name> names;

        private final String skeleton;

        private final List<Found> found = new ArrayList<>();

        private final Set<Integer> speakers = new LinkedHashSet<>();

        Sentence(String text, Sentences.Span span, List<Name> names) {
            this.text = text;
            this.span = span;
            this.names = names;
            this.skeleton = skeleton();
        }

        private String skeleton() {
            StringBuilder out = new StringBuilder();
            int at = this.span.start();
            for (int i = 0; i < this.names.size(); i++) {
                Name name = this.names.get(i);
                plain(out, at, name.start());
                out.append(OPEN).append(i).append(CLOSE);
                at = name.end();
            }
            plain(out, at, this.span.end());
            return out.toString();
        }

        /** The words between names, without Markdown emphasis and with spaces collapsed. */
        private void plain(StringBuilder out, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = this.text.charAt(i);
                if (c == '*' || c == '_' || c == '`') {
                    continue;
                }
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }

        List<Suggestion> read() {
            for (Pattern pattern : SPEAKERS) {
                Matcher m = pattern.matcher(this.skeleton);
                while (m.find()) {
                    Name speaker = name(m.group("speaker"));
                    Name group = name(m.group("group"));
                    if (speaker.group()
                            || (group != null && !group.group() && group.code().equals(speaker.code()))) {
                        continue;
                    }
                    add(m.start(), speaker, group, phrase(m), list(m));
                }
            }
            Matcher m = FOR.matcher(this.skeleton);
            while (m.find()) {
                Name speaker = name(m.group("speaker"));
                Name group = firstNonNull(name(m.group("group")), name(m.group("group2")), name(m.group("group3")));
                if (!speaker.group() && group.group()) {
                    add(m.start(), speaker, group, null, List.of());
                }
            }
            m = PARENTHESES.matcher(this.skeleton);
            while (m.find()) {
                Name first = name(m.group("first"));
                Name second = name(m.group("second"));
                if (first.group() != second.group()) {
                    add(m.start(), first.group() ? second : first, first.group() ? first : second, null, List.of());
                }
            }
            m = OWN_BEHALF.matcher(this.skeleton);
            while (m.find()) {
                Name speaker = name(m.group("speaker"));
                if (!speaker.group()) {
                    add(m.start(), speaker, null, null, List.of());
                }
            }
            List<Clause> clauses = clauses();
            if (this.found.isEmpty() && !clauses.isEmpty()) {
                m = SUBJECT.matcher(this.skeleton);
                if (m.lookingAt() && !name(m.group("speaker")).group()) {
                    add(0, name(m.group("speaker")), null, null, List.of());
                }
            }
            this.found.sort(Comparator.comparingInt(Found::at));
            for (Clause clause : clauses) {
                Found to = null;
                for (Found f : this.found) {
                    if (f.at <= clause.at() || to == null) {
                        to = f;
                    }
                }
                if (to != null) {
                    for (Name name : clause.names()) {
                        if (!name.code().equals(to.speaker.code())
                                && (to.group == null || !name.code().equals(to.group.code()))) {
                            (clause.support() ? to.supporters : to.opponents).add(name.code());
                        }
                    }
                }
            }
            String sentence = this.text.substring(this.span.start(), this.span.end());
            return this.found.stream()
                    .map((f) -> new Suggestion(
                            sentence,
                            this.span.start(),
                            this.span.end(),
                            f.speaker.code(),
                            (f.group != null) ? f.group.code() : null,
                            List.copyOf(f.supporters),
                            List.copyOf(f.opponents),
                            f.members.stream().map(Name::code).toList(),
                            (f.unresolved != null) ? List.of(f.unresolved) : List.of()))
                    .toList();
        }

        private void add(int at, Name speaker, Name group, String phrase, List<Name> members) {
            int index = this.names.indexOf(speaker);
            if (!this.speakers.add(index)) {
                return;
            }
            String unresolved = null;
            List<Name> listed =
                    members.stream().filter((x) -> !x.group()).distinct().toList();
            if (group == null && listed.size() >= 2) {
                Set<String> codes = new LinkedHashSet<>();
                listed.forEach((x) -> codes.add(x.code()));
                String code = SuggestionParser.this.groups.groupOf(codes);
                if (code != null) {
                    group = new Name(-1, -1, code, true);
                }
            }
            if (group == null && phrase != null && !phrase.isBlank()) {
                unresolved = phrase.strip();
            }
            this.found.add(new Found(at, speaker, group, listed, unresolved));
        }

        private List<Clause> clauses() {
            List<Clause> clauses = new ArrayList<>();
            for (boolean support : new boolean[] {true, false}) {
                Matcher m = (support ? SUPPORTED : OPPOSED).matcher(this.skeleton);
                while (m.find()) {
                    clauses.add(new Clause(m.start(), support, tokens(m.group("list"))));
                }
            }
            return clauses;
        }

        private String phrase(Matcher m) {
            try {
                String phrase = m.group("phrase");
                return (phrase != null) ? phrase.replaceAll("(?i)^the\\s+", "") : null;
            } catch (IllegalArgumentException noSuchGroup) {
                return null;
            }
        }

        private List<Name> list(Matcher m) {
            try {
                return tokens(m.group("list"));
            } catch (IllegalArgumentException noSuchGroup) {
                return List.of();
            }
        }

        private List<Name> tokens(String list) {
            List<Name> tokens = new ArrayList<>();
            if (list != null) {
                Matcher t = ANY_TOKEN.matcher(list);
                while (t.find()) {
                    tokens.add(name(t.group(1)));
                }
            }
            return tokens;
        }

        private Name name(String index) {
            return (index != null) ? this.names.get(Integer.parseInt(index)) : null;
        }
    }

    private record Clause(int at, boolean support, List<Name> names) {}

    private static final class Found {

        final int at;

        final Name speaker;

        final Name group;

        final List<Name> members;

        final String unresolved;

        final Set<String> supporters = new LinkedHashSet<>();

        final Set<String> opponents = new LinkedHashSet<>();

        Found(int at, Name speaker, Name group, List<Name> members, String unresolved) {
            this.at = at;
            this.speaker = speaker;
            this.group = group;
            this.members = members;
            this.unresolved = unresolved;
        }

        int at() {
            return this.at;
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
