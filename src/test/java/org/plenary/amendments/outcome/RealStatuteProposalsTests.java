package org.plenary.amendments.outcome;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.plenary.diff.ChangeStatus;
import org.plenary.diff.Comparison;
import org.plenary.diff.ParagraphChange;
import org.plenary.diff.ParagraphDiff;
import org.plenary.diff.Paragraphs;
import org.plenary.diff.RealRevisionSeriesTests;
import org.plenary.diff.TextOp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome rule over the real revision series the diff tests use (consecutive consolidated versions of two German
 * statutes, see {@code shared/data/revisions/PROVENANCE.md}): every real change between two versions, turned into the
 * proposal that would have asked for it, comes out verbatim against the next version; a proposal of words the next
 * version does not hold, on words it kept, comes out not adopted.
 */
class RealStatuteProposalsTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("org.plenary.diff.RealRevisionSeriesTests#consecutivePairs")
    void realChangesAreVerbatimAndInventedWordsAreNotAdopted(
            String fromName, String toName, Path fromFile, Path toFile) {
        List<String> from = Paragraphs.split(RealRevisionSeriesTests.read(fromFile));
        List<String> to = Paragraphs.split(RealRevisionSeriesTests.read(toFile));
        Comparison comparison = ParagraphDiff.compare(from, to);
        int real = 0;
        int invented = 0;
        for (ParagraphChange change : comparison.changes()) {
            if (change.status() != ChangeStatus.CHANGED && change.status() != ChangeStatus.MOVED) {
                continue;
            }
            String earlier = change.fromText();
            List<String> successor = List.of(change.toText());
            for (ProposedChange proposal : proposalsOf(change)) {
                AmendmentOutcome outcome = AmendmentOutcomes.decide(proposal, earlier, successor);
                assertThat(outcome.outcome())
                        .as("%s in «%s»: %s", proposal, earlier, outcome)
                        .isEqualTo(Outcome.VERBATIM);
                real++;
            }
            for (ProposedChange proposal : inventedOn(change)) {
                AmendmentOutcome outcome = AmendmentOutcomes.decide(proposal, earlier, successor);
                assertThat(outcome.outcome())
                        .as("%s in «%s»: %s", proposal, earlier, outcome)
                        .isEqualTo(Outcome.NOT_ADOPTED);
                invented++;
            }
        }
        assertThat(real).as("real changes tried").isPositive();
        assertThat(invented).as("invented proposals tried").isPositive();
    }

    /**
     * One proposal per real change of a paragraph, as its proposer would have written it: a run of edits whose kept
     * words between them are fewer than the rule's context (a delegate proposes the whole clause, not every second
     * word of it) is one change, from the start of its first edit to the end of its last.
     */
    private static List<ProposedChange> proposalsOf(ParagraphChange change) {
        List<ProposedChange> proposals = new ArrayList<>();
        String earlier = change.fromText();
        List<TextOp> ops = change.ops();
        int offset = 0;
        int k = 0;
        while (k < ops.size()) {
            TextOp op = ops.get(k);
            if (op.op() == TextOp.Kind.EQUAL) {
                offset += op.text().length();
                k++;
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            int last = k;
            for (int m = k; m < ops.size(); m++) {
                TextOp next = ops.get(m);
                if (next.op() == TextOp.Kind.EQUAL) {
                    boolean moreEdits = m + 1 < ops.size();
                    if (!moreEdits || Words.of(next.text()).size() >= AmendmentOutcomes.CONTEXT) {
                        break;
                    }
                }
                last = m;
            }
            for (int m = k; m <= last; m++) {
                TextOp next = ops.get(m);
                if (next.op() != TextOp.Kind.INSERT) {
                    deleted.append(next.text());
                }
                if (next.op() != TextOp.Kind.DELETE) {
                    inserted.append(next.text());
                }
            }
            ProposedChange proposal = proposal(earlier, offset, deleted.toString(), inserted.toString());
            if (proposal != null) {
                proposals.add(proposal);
            }
            offset += deleted.length();
            k = last + 1;
        }
        return proposals;
    }

    private static ProposedChange proposal(String earlier, int offset, String deleted, String inserted) {
        boolean deletesWords = Words.of(deleted).size() > 0;
        boolean insertsWords = Words.of(inserted).size() > 0;
        if (deletesWords && insertsWords) {
            return targeting(ProposalKind.REPLACE, earlier, offset, deleted, inserted);
        }
        if (deletesWords) {
            return targeting(ProposalKind.DELETE, earlier, offset, deleted, "");
        }
        if (insertsWords) {
            String prefix = earlier.substring(0, offset);
            Words words = Words.of(prefix);
            if (words.size() > 0) {
                String after = words.text(Math.max(0, words.size() - 3), words.size());
                return targeting(ProposalKind.INSERT, earlier, prefix.lastIndexOf(after), after, inserted);
            }
        }
        return null;
    }

    /** A proposal of invented words against the first kept words of the paragraph. */
    private static List<ProposedChange> inventedOn(ParagraphChange change) {
        String earlier = change.fromText();
        int offset = 0;
        for (TextOp op : change.ops()) {
            if (op.op() == TextOp.Kind.EQUAL && Words.of(op.text()).size() >= 2) {
                Words words = Words.of(op.text());
                String target = words.text(0, 2);
                ProposedChange replace = targeting(
                        ProposalKind.REPLACE, earlier, offset + op.text().indexOf(target), target, "Plenarwort");
                ProposedChange insert = targeting(
                        ProposalKind.INSERT, earlier, offset + op.text().indexOf(target), target, "Plenarwort");
                return Stream.of(replace, insert).filter((p) -> p != null).toList();
            }
            if (op.op() != TextOp.Kind.INSERT) {
                offset += op.text().length();
            }
        }
        return List.of();
    }

    /**
     * The proposal targeting the text at {@code offset} of the paragraph, naming which occurrence it means; {@code null}
     * when the target overlaps the paragraph's label (which the rule does not read).
     */
    private static ProposedChange targeting(
            ProposalKind kind, String paragraph, int offset, String target, String words) {
        String unlabelled = Paragraphs.withoutLabel(paragraph);
        int start = offset - (paragraph.length() - unlabelled.length());
        if (start < 0) {
            return null;
        }
        List<String> all = Words.of(unlabelled).list();
        List<String> wanted = Words.of(target).list();
        int index = Words.of(unlabelled.substring(0, start)).size();
        int occurrence = 0;
        for (int i = 0; i < index; i++) {
            if (i + wanted.size() <= all.size()
                    && all.subList(i, i + wanted.size()).equals(wanted)) {
                occurrence++;
            }
        }
        return new ProposedChange(kind, target, words, occurrence);
    }
}
