package org.plenary.notes.suggestions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording proposed in a note's prose, sentence by sentence, in the forms the daily updates use: {@code "fundamental
 * human rights" should read "human rights and fundamental freedoms"} (also "should be replaced by", "should become"),
 * {@code replace "X" with "Y"}, {@code delete "X"} (and {@code "X" should be deleted}), {@code insert "Y" after "X"}
 * (also "add"), each with straight or curly double quotes, several in one sentence. The words must be quoted: prose that
 * only talks of replacing or deleting something ("wanted all references to refugees deleted") proposes no wording, nor
 * does a negated form ("did not want to delete ...", "objecting to ..."). Names are not read here (the caller finds who
 * spoke in the sentence). Pure and thread-safe.
 */
public final class WordingParser {

    /** What a proposal does to the words: the amendments' kinds that name words of a paragraph. */
    public enum Change {
        REPLACE,
        INSERT,
        DELETE;

        /** The name the proposal form takes ("replace", "insert", "delete"). */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One proposed wording: the sentence it stands in (and its UTF-16 offsets into the text), what it does, the words of
     * the paragraph it targets (the words replaced or deleted, or after which it inserts) and the new words (empty for a
     * deletion).
     */
    public record Wording(String sentence, int start, int end, Change change, String target, String words) {}

    /** A quoted passage: straight or curly double quotes (either may open or close), on one line. */
    private static final String Q = "[\"\u201c\u201d\u201e](?<%s>[^\"\u201c\u201d\u201e\\n]{1,400}?)[\"\u201c\u201d]";

    private static final String WORDS = "(?:the\\s+(?:words?|phrase|term)\\s+)?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Form(Change change, Pattern pattern) {}

    private static final List<Form> FORMS = List.of(
            // "X" should read "Y" / should be replaced by "Y" / should become "Y" / to read "Y"
            new Form(
                    Change.REPLACE,
                    Pattern.compile(
                            q("target") + "\\s*,?\\s*(?:(?:should|shall|would|must|could|to)\\s+(?:now\\s+)?"
                                    + "(?:read|be\\s+replaced\\s+(?:by|with)|be\\s+changed\\s+to|be\\s+amended\\s+to"
                                    + "|become)|(?:be\\s+)?replaced\\s+(?:by|with))\\s*:?\\s*" + q("words"),
                            FLAGS)),
            // replace "X" with "Y"
            new Form(
                    Change.REPLACE,
                    Pattern.compile(
                            "\\b(?:replace|replaces|replacing|replaced|substitute|substituting)\\s+" + WORDS
                                    + q("target") + "\\s+(?:with|by)\\s+" + WORDS + q("words"),
                            FLAGS)),
            // insert "Y" after "X"
            new Form(
                    Change.INSERT,
                    Pattern.compile(
                            "\\b(?:insert|inserts|inserting|add|adds|adding)\\s+" + WORDS + q("words")
                                    + "\\s+(?:right\\s+|directly\\s+|immediately\\s+)?after\\s+" + WORDS
                                    + q("target"),
                            FLAGS)),
            // delete "X"
            new Form(
                    Change.DELETE,
                    Pattern.compile(
                            "\\b(?:delete|deletes|deleting|deletion\\s+of|strike|striking|remove|removing)\\s+"
                                    + "(?:out\\s+)?" + WORDS + q("target") + "(?!\\s*(?:with|by)\\s)",
                            FLAGS)),
            // "X" should be deleted
            new Form(
                    Change.DELETE,
                    Pattern.compile(
                            q("target") + "\\s*,?\\s*(?:should|shall|must|to|could)\\s+be\\s+(?:deleted|removed"
                                    + "|struck(?:\\s+out)?)",
                            FLAGS)));

    /** Words that, just before a form, say it is not proposed: "did not want to delete", "objecting to replacing". */
    private static final Set<String> NEGATIONS = Set.of(
            "not",
            "no",
            "never",
            "nor",
            "against",
            "oppose",
            "opposed",
            "opposes",
            "opposing",
            "objecting",
            "objected",
            "objects",
            "reject",
            "rejected",
            "rejecting",
            "resisted",
            "refused",
            "without");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private WordingParser() {}

    /** The wordings proposed in a text, in the order of the text. */
    public static List<Wording> parse(String text) {
        List<Wording> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        for (Sentences.Span span : Sentences.of(text)) {
            found.addAll(sentence(text, span));
        }
        return found;
    }

    private static List<Wording> sentence(String text, Sentences.Span span) {
        String sentence = text.substring(span.start(), span.end());
        // Markdown emphasis around or inside the quotes ("**“fundamental human rights”** should read ...") is no word.
        String plain = sentence.replace("*", "").replace("`", "");
        record Hit(int start, int end, Change change, String target, String words) {}
        List<Hit> hits = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(plain);
            while (m.find()) {
                String target = clean(m.group("target"));
                String words = (form.change() == Change.DELETE) ? "" : clean(m.group("words"));
                if (target.isEmpty() || (form.change() != Change.DELETE && words.isEmpty())) {
                    continue;
                }
                if (!negated(plain, m.start())) {
                    hits.add(new Hit(m.start(), m.end(), form.change(), target, words));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start)
                .thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Wording> wordings = new ArrayList<>();
        int taken = -1;
        for (Hit hit : hits) {
            if (hit.start() < taken) {
                continue; // overlaps a form found before it ("replace "X" with "Y"" is no deletion)
            }
            taken = hit.end();
            wordings.add(new Wording(sentence, span.start(), span.end(), hit.change(), hit.target(), hit.words()));
        }
        return wordings;
    }

    /** Whether one of the three words before the form negates it. */
    private static boolean negated(String sentence, int at) {
        List<String> before = new ArrayList<>();
        Matcher m = WORD.matcher(sentence.substring(Math.max(0, at - 60), at));
        while (m.find()) {
            before.add(m.group().toLowerCase(Locale.ROOT));
        }
        for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) {
            String word = before.get(i);
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The quoted words without surrounding spaces or a closing stop or comma inside the quotes. */
    private static String clean(String quoted) {
        String words = quoted.replaceAll("\\s+", " ").strip();
        while (!words.isEmpty() && ",;:.".indexOf(words.charAt(words.length() - 1)) >= 0) {
            words = words.substring(0, words.length() - 1).strip();
        }
        return words;
    }

    private static String q(String group) {
        return String.format(Q, group);
    }
}
