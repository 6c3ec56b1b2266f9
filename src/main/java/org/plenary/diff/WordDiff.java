package org.plenary.diff;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Word-level operations between two paragraphs, computed with java-diff-utils (Myers) on {@link WordTokens}.
 *
 * <p>Multi-line paragraphs are diffed line by line first, then word by word inside changed blocks of lines.
 * Two clean-ups make the result readable without losing exactness: a common prefix and suffix are cut
 * before diffing (cheaper), and a kept run without any word (a space, a comma) that sits between two edits is
 * folded into the edit, so "a b c" to "x y z" reads as one replacement instead of three.
 */
final class WordDiff {

    private WordDiff() {}

    static List<TextOp> ops(String from, String to) {
        if (from.equals(to)) {
            return from.isEmpty() ? List.of() : List.of(new TextOp(TextOp.Kind.EQUAL, from));
        }
        OpsBuilder ops = new OpsBuilder();
        if (from.indexOf('\n') >= 0 && to.indexOf('\n') >= 0) {
            addLineThenWordOps(from, to, ops);
        } else {
            addWordOps(from, to, ops);
        }
        return foldWordlessRunsIntoEdits(ops.build());
    }

    /**
     * Diffs multi-line paragraphs line by line first, then word by word inside each changed block of lines:
     * cheaper, and it keeps whole unchanged lines together instead of matching stray words across lines.
     * Lines are compared without their line break, so a last line without one still matches.
     */
    private static void addLineThenWordOps(String from, String to, OpsBuilder ops) {
        Lines fromLines = Lines.of(from);
        Lines toLines = Lines.of(to);
        Patch<String> patch = DiffUtils.diff(fromLines.contents(), toLines.contents());
        int fromLine = 0;
        int toLine = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceStart = delta.getSource().getPosition();
            int targetStart = delta.getTarget().getPosition();
            addEqualLines(fromLines, fromLine, sourceStart, toLines, toLine, ops);
            fromLine = sourceStart + delta.getSource().size();
            toLine = targetStart + delta.getTarget().size();
            addWordOps(fromLines.text(sourceStart, fromLine), toLines.text(targetStart, toLine), ops);
        }
        addEqualLines(fromLines, fromLine, fromLines.contents().size(), toLines, toLine, ops);
    }

    private static void addEqualLines(
            Lines fromLines, int fromStart, int fromEnd, Lines toLines, int toStart, OpsBuilder ops) {
        for (int k = 0; k < fromEnd - fromStart; k++) {
            String fromBreak = fromLines.lineBreak(fromStart + k);
            String toBreak = toLines.lineBreak(toStart + k);
            ops.add(TextOp.Kind.EQUAL, List.of(fromLines.contents().get(fromStart + k)));
            if (fromBreak.equals(toBreak)) {
                ops.add(TextOp.Kind.EQUAL, List.of(fromBreak));
            } else {
                ops.add(TextOp.Kind.DELETE, List.of(fromBreak));
                ops.add(TextOp.Kind.INSERT, List.of(toBreak));
            }
        }
    }

    /** The lines of a text without their line breaks, and where each starts. */
    private record Lines(String source, List<String> contents, List<Integer> starts) {

        static Lines of(String text) {
            List<String> contents = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    if (start < text.length()) {
                        contents.add(text.substring(start));
                        starts.add(start);
                    }
                    break;
                }
                contents.add(text.substring(start, end));
                starts.add(start);
                start = end + 1;
            }
            return new Lines(text, contents, starts);
        }

        /** The text of lines {@code [first, end)}, with their line breaks. */
        String text(int first, int end) {
            int from = (first < this.starts.size()) ? this.starts.get(first) : this.source.length();
            int to = (end < this.starts.size()) ? this.starts.get(end) : this.source.length();
            return this.source.substring(from, to);
        }

        String lineBreak(int line) {
            return text(line, line + 1).substring(this.contents.get(line).length());
        }
    }

    private static void addWordOps(String from, String to, OpsBuilder ops) {
        List<String> fromTokens = WordTokens.tokenize(from);
        List<String> toTokens = WordTokens.tokenize(to);
        int prefix = 0;
        int maxPrefix = Math.min(fromTokens.size(), toTokens.size());
        while (prefix < maxPrefix && fromTokens.get(prefix).equals(toTokens.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        int maxSuffix = maxPrefix - prefix;
        while (suffix < maxSuffix
                && fromTokens.get(fromTokens.size() - 1 - suffix).equals(toTokens.get(toTokens.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> fromMiddle = fromTokens.subList(prefix, fromTokens.size() - suffix);
        List<String> toMiddle = toTokens.subList(prefix, toTokens.size() - suffix);

        ops.add(TextOp.Kind.EQUAL, fromTokens.subList(0, prefix));
        Patch<String> patch = DiffUtils.diff(fromMiddle, toMiddle);
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceStart = delta.getSource().getPosition();
            ops.add(TextOp.Kind.EQUAL, fromMiddle.subList(position, sourceStart));
            ops.add(TextOp.Kind.DELETE, delta.getSource().getLines());
            ops.add(TextOp.Kind.INSERT, delta.getTarget().getLines());
            position = sourceStart + delta.getSource().size();
        }
        ops.add(TextOp.Kind.EQUAL, fromMiddle.subList(position, fromMiddle.size()));
        ops.add(TextOp.Kind.EQUAL, fromTokens.subList(fromTokens.size() - suffix, fromTokens.size()));
    }

    /**
     * Folds kept runs without words that sit between two edits into the edits around them. Inside a run of
     * edits, deletions are gathered before insertions; their order on each side is kept, so the result still
     * rebuilds both paragraphs exactly.
     */
    private static List<TextOp> foldWordlessRunsIntoEdits(List<TextOp> ops) {
        List<TextOp> result = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            TextOp op = ops.get(i);
            boolean foldable =
                    op.op() == TextOp.Kind.EQUAL && i > 0 && i < ops.size() - 1 && !WordTokens.containsWord(op.text());
            if (op.op() == TextOp.Kind.DELETE || foldable) {
                deleted.append(op.text());
            }
            if (op.op() == TextOp.Kind.INSERT || foldable) {
                inserted.append(op.text());
            }
            if (op.op() == TextOp.Kind.EQUAL && !foldable) {
                flushEdits(deleted, inserted, result);
                result.add(op);
            }
        }
        flushEdits(deleted, inserted, result);
        return result;
    }

    private static void flushEdits(StringBuilder deleted, StringBuilder inserted, List<TextOp> result) {
        if (!deleted.isEmpty()) {
            result.add(new TextOp(TextOp.Kind.DELETE, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            result.add(new TextOp(TextOp.Kind.INSERT, inserted.toString()));
            inserted.setLength(0);
        }
    }

    /** Collects operations, merging adjacent ones of the same kind and skipping empty ones. */
    private static final class OpsBuilder {

        private final List<TextOp> ops = new ArrayList<>();

        private TextOp.Kind pendingKind;

        private final StringBuilder pendingText = new StringBuilder();

        void add(TextOp.Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            if (kind != this.pendingKind) {
                flush();
                this.pendingKind = kind;
            }
            tokens.forEach(this.pendingText::append);
        }

        List<TextOp> build() {
            flush();
            return this.ops;
        }

        private void flush() {
            if (!this.pendingText.isEmpty()) {
                this.ops.add(new TextOp(this.pendingKind, this.pendingText.toString()));
                this.pendingText.setLength(0);
            }
        }
    }
}
