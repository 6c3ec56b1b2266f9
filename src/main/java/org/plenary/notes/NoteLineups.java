package org.plenary.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorRef;
import org.plenary.positions.Evidence;
import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.positions.PositionDraft;
import org.plenary.positions.PositionEdit;
import org.plenary.positions.PositionRecorder;
import org.plenary.web.RuleException;

/**
 * A note's line-up turned into positions, once a coordinator confirms it: each entry's actors take the stance its
 * heading was mapped to, from the note's date, citing the note (the bullet as the quote). All in one transaction.
 * Confirming again records no duplicate: what is unchanged stays, what changed is corrected, what the line-up no longer
 * holds is retracted. Undo retracts exactly the positions the note recorded. A note about a Chatham House meeting
 * cites the meeting and no written source, so that the positions module keeps them from anonymous readers.
 */
@Service
@Transactional
public class NoteLineups {

    /** What the coordinator confirmed for one entry: the actors (picked ones included) and the remark. */
    public record Confirmed(int section, String quote, List<ActorRef> actors, String remark) {}

    /** A position this note recorded, for its page. */
    public record Recorded(
            Long issueId, String issueTitle, String issueSlug, ActorRef actor, String optionLabel, String remark) {}

    /**
     * How many positions a confirmation recorded, corrected, kept and retracted. Serializable: it travels to the note
     * page as a flash attribute, in the session kept in PostgreSQL.
     */
    public record Outcome(int recorded, int corrected, int unchanged, int retracted) implements java.io.Serializable {}

    private record Row(Long id, Long actorId, Long positionId, String optionKey, String remark, String quote) {}

    private final JdbcClient jdbc;

    private final PositionRecorder recorder;

    private final IssueCatalog issues;

    private final LineupReading lineups;

    private final ActorDirectory actors;

    NoteLineups(
            JdbcClient jdbc,
            PositionRecorder recorder,
            IssueCatalog issues,
            LineupReading lineups,
            ActorDirectory actors) {
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.issues = issues;
        this.lineups = lineups;
        this.actors = actors;
    }

    /**
     * Records the line-up of a note as the coordinator settled it on the review (the review form's fields, read the
     * same way for the demo data): {@code stance<s>} the option key of section {@code s} (blank: the section is left
     * out), {@code pick-<e>-<k>} the code of the actor picked for the {@code k}th name of entry {@code e} that did not
     * resolve ({@code -}: the name is left out), {@code remark-<e>} the entry's remark (absent: the one the note
     * gives). The note is read again here, so only its own text is ever recorded. A name neither picked nor left out
     * in a section that is recorded refuses the whole line-up ({@code lineup.unresolved}, the names as argument).
     */
    public Outcome confirmReview(NoteView note, IssueView issue, Map<String, String> form, String by) {
        LineupParser.Lineup lineup =
                this.lineups.parse(note.markdown(), note.note().date());
        Map<String, ActorRef> byCode = new HashMap<>();
        this.actors.all().forEach((a) -> byCode.putIfAbsent(a.code().toUpperCase(Locale.ROOT), a));
        List<String> stances = new ArrayList<>();
        List<Confirmed> confirmed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int index = 0;
        for (int s = 0; s < lineup.sections().size(); s++) {
            String stance = form.getOrDefault("stance" + s, "");
            stances.add(stance);
            for (LineupParser.Entry entry : lineup.sections().get(s).entries()) {
                List<ActorRef> picked = new ArrayList<>(entry.actors());
                for (int k = 0; k < entry.unresolved().size(); k++) {
                    String code = form.getOrDefault("pick-" + index + "-" + k, "");
                    if (code.equals("-")) {
                        continue;
                    }
                    ActorRef actor = byCode.get(code.toUpperCase(Locale.ROOT));
                    if (actor != null) {
                        picked.add(actor);
                    } else if (!stance.isBlank()) {
                        missing.add(entry.unresolved().get(k));
                    }
                }
                String remark = form.getOrDefault("remark-" + index, defaultRemark(entry));
                if (!picked.isEmpty()) {
                    confirmed.add(new Confirmed(s, entry.text(), List.copyOf(picked), remark));
                }
                index++;
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleException(null, "lineup.unresolved", String.join(", ", missing));
        }
        return confirm(note, issue, stances, confirmed, by);
    }

    /** The remark an entry starts with on the review: the note's remark and who spoke for the group. */
    public static String defaultRemark(LineupParser.Entry entry) {
        List<String> parts = new ArrayList<>();
        if (entry.remark() != null) {
            parts.add(entry.remark());
        }
        if (entry.spokesperson() != null) {
            parts.add("spoken for by " + entry.spokesperson().name());
        }
        return String.join("; ", parts);
    }

    /**
     * Records the confirmed line-up of a note for an issue.
     *
     * @param stances the option key each section was mapped to (blank: the section is left out)
     */
    public Outcome confirm(NoteView note, IssueView issue, List<String> stances, List<Confirmed> entries, String by) {
        Map<Long, String> optionOf = new LinkedHashMap<>();
        Map<Long, Confirmed> entryOf = new HashMap<>();
        List<String> contradictions = new ArrayList<>();
        for (Confirmed entry : entries) {
            String key = (entry.section() < stances.size()) ? stances.get(entry.section()) : null;
            if (key == null || key.isBlank()) {
                continue;
            }
            if (issue.optionByKey(key).isEmpty()) {
                throw new RuleException("stances", "lineup.stance.unknown", key);
            }
            for (ActorRef actor : entry.actors()) {
                String before = optionOf.put(actor.id(), key);
                if (before != null && !before.equals(key)) {
                    contradictions.add(actor.name());
                }
                entryOf.put(actor.id(), entry);
            }
        }
        if (!contradictions.isEmpty()) {
            throw new RuleException(null, "lineup.contradiction", String.join(", ", contradictions));
        }
        if (optionOf.isEmpty()) {
            throw new RuleException("stances", "lineup.nothing");
        }
        Map<Long, Row> existing = new HashMap<>();
        for (Row row : rows(note.note().id(), issue.id())) {
            existing.put(row.actorId(), row);
        }
        int recorded = 0;
        int corrected = 0;
        int unchanged = 0;
        int retracted = 0;
        for (Map.Entry<Long, String> e : optionOf.entrySet()) {
            Long actorId = e.getKey();
            Confirmed entry = entryOf.get(actorId);
            PositionDraft draft = draft(note, e.getValue(), entry);
            Row row = existing.remove(actorId);
            if (row == null) {
                Long positionId = this.recorder
                        .record(issue.id(), List.of(actorId), draft)
                        .get(0);
                this.jdbc
                        .sql("""
						insert into note_lineup_position (note_id, issue_id, actor_id, position_id, option_key, remark,
							quote, confirmed_by) values (?, ?, ?, ?, ?, ?, ?, ?)
						""")
                        .params(
                                note.note().id(),
                                issue.id(),
                                actorId,
                                positionId,
                                e.getValue(),
                                draft.remark(),
                                draft.evidence().quote(),
                                by)
                        .update();
                recorded++;
            } else if (row.optionKey().equals(e.getValue())
                    && java.util.Objects.equals(row.remark(), draft.remark())
                    && java.util.Objects.equals(row.quote(), draft.evidence().quote())) {
                unchanged++;
            } else {
                PositionEdit saved = this.recorder.edit(row.positionId());
                if (saved.retracted()) {
                    Long positionId = this.recorder
                            .record(issue.id(), List.of(actorId), draft)
                            .get(0);
                    this.jdbc
                            .sql("update note_lineup_position set position_id = ? where id = ?")
                            .params(positionId, row.id())
                            .update();
                } else {
                    this.recorder.correct(row.positionId(), saved.version(), draft);
                }
                this.jdbc
                        .sql("update note_lineup_position set option_key = ?, remark = ?, quote = ?, confirmed_by = ?,"
                                + " confirmed_at = now() where id = ?")
                        .params(e.getValue(), draft.remark(), draft.evidence().quote(), by, row.id())
                        .update();
                corrected++;
            }
        }
        for (Row gone : existing.values()) {
            retract(gone);
            retracted++;
        }
        return new Outcome(recorded, corrected, unchanged, retracted);
    }

    /**
     * A meeting came under the Chatham House rule: the positions that its notes' line-ups recorded lose their written
     * source (the note) and name the note in the quote instead, as if they had been confirmed under the rule, so that
     * anonymous readers no longer see who said what there (the positions module hides a position whose only evidence
     * is such a meeting). Each is a correction, audited under whoever changed the meeting.
     */
    void withholdSources(Long meetingId) {
        List<Object[]> rows = this.jdbc
                .sql("""
						select lp.id, lp.position_id, lp.note_id from note_lineup_position lp
						join note n on n.id = lp.note_id where n.meeting_id = ? order by lp.id
						""")
                .param(meetingId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list();
        for (Object[] row : rows) {
            PositionEdit saved = this.recorder.edit((Long) row[1]);
            if (saved.retracted() || saved.source() == null || !meetingId.equals(saved.meetingId())) {
                continue;
            }
            String quote = withNote(saved.quote(), (Long) row[2]);
            Long onBehalfOf = (saved.onBehalfOfCode() != null)
                    ? this.actors.find(saved.onBehalfOfCode()).map(ActorRef::id).orElse(null)
                    : null;
            this.recorder.correct(
                    saved.id(),
                    saved.version(),
                    new PositionDraft(
                            saved.optionKey(),
                            saved.validFrom(),
                            new Evidence(saved.meetingId(), null, quote, onBehalfOf),
                            saved.remark()));
            this.jdbc
                    .sql("update note_lineup_position set quote = ? where id = ?")
                    .params(quote, (Long) row[0])
                    .update();
        }
    }

    /** The quote of a position from a Chatham House note: the bullet, and the note it comes from. */
    private static String withNote(String quote, Long noteId) {
        String note = "(note " + noteId + ")";
        if (quote == null) {
            return note;
        }
        return quote.endsWith(note) ? quote : quote + " " + note;
    }

    /** Retracts exactly the positions this note's line-up recorded for the issue. */
    public int undo(Long noteId, Long issueId) {
        List<Row> rows = rows(noteId, issueId);
        rows.forEach(this::retract);
        return rows.size();
    }

    /** The positions the note's line-ups recorded, for its page: three queries whatever their number. */
    @Transactional(readOnly = true)
    public List<Recorded> recorded(NoteView note, java.util.function.Function<List<Long>, List<ActorRef>> actors) {
        List<Object[]> rows = this.jdbc
                .sql("select issue_id, actor_id, option_key, remark from note_lineup_position where note_id = ?"
                        + " order by issue_id, option_key, id")
                .param(note.note().id())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, IssueView> issueById = new HashMap<>();
        this.issues.issuesOf(note.note().processId()).forEach((i) -> issueById.put(i.id(), i));
        Map<Long, ActorRef> actorById = new HashMap<>();
        actors.apply(rows.stream().map((r) -> (Long) r[1]).distinct().toList())
                .forEach((a) -> actorById.put(a.id(), a));
        List<Recorded> recorded = new ArrayList<>();
        for (Object[] r : rows) {
            IssueView issue = issueById.get((Long) r[0]);
            ActorRef actor = actorById.get((Long) r[1]);
            if (issue == null || actor == null) {
                continue;
            }
            String label = issue.optionByKey((String) r[2])
                    .map(IssueView.OptionView::label)
                    .orElse((String) r[2]);
            recorded.add(new Recorded(issue.id(), issue.title(), issue.slug(), actor, label, (String) r[3]));
        }
        return recorded;
    }

    /** The option of the issue whose words are most like the heading's, if any word is shared. */
    public static Optional<String> suggest(String heading, IssueView issue) {
        Set<String> words = words(heading);
        String best = null;
        double score = 0;
        for (IssueView.OptionView option : issue.options()) {
            Set<String> theirs = words(option.label() + " " + option.key().replace('-', ' '));
            Set<String> shared = new HashSet<>(words);
            shared.retainAll(theirs);
            Set<String> union = new HashSet<>(words);
            union.addAll(theirs);
            double s = union.isEmpty() ? 0 : (double) shared.size() / union.size();
            if (s > score) {
                score = s;
                best = option.key();
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "of",
            "for",
            "to",
            "in",
            "on",
            "as",
            "by",
            "not",
            "except",
            "purposes",
            "want",
            "only",
            "with");

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    private PositionDraft draft(NoteView note, String optionKey, Confirmed entry) {
        NoteSummary n = note.note();
        String source = n.chathamHouse()
                ? null
                : truncate("Daily note, " + n.date() + ": " + n.title() + " (note " + n.id() + ")", 300);
        String quote = n.chathamHouse() ? withNote(entry.quote(), n.id()) : entry.quote();
        Evidence evidence = new Evidence(n.meetingId(), source, quote, null);
        return new PositionDraft(optionKey, n.date(), evidence, truncate(entry.remark(), 500));
    }

    private void retract(Row row) {
        PositionEdit saved = this.recorder.edit(row.positionId());
        if (!saved.retracted()) {
            this.recorder.retract(row.positionId(), saved.version());
        }
        this.jdbc
                .sql("delete from note_lineup_position where id = ?")
                .param(row.id())
                .update();
    }

    private List<Row> rows(Long noteId, Long issueId) {
        return this.jdbc
                .sql("select id, actor_id, position_id, option_key, remark, quote from note_lineup_position"
                        + " where note_id = ? and issue_id = ?")
                .params(noteId, issueId)
                .query((rs, n) -> new Row(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    private static String truncate(String text, int max) {
        return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
    }
}
