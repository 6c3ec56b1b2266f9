package org.plenary.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.drafts.RevisionRow;
import org.plenary.notes.NoteView;
import org.plenary.positions.PositionChange;
import org.plenary.process.ProcessRef;

/**
 * One day of a process as its digest shows it: the revisions issued that day, the positions recorded for it grouped
 * by issue, the interventions by meeting, the notes, and the nearest days before and after with anything to show.
 */
public record DayDigest(
        ProcessRef process,
        LocalDate day,
        List<RevisionRow> revisions,
        List<IssueChanges> positions,
        List<MeetingInterventions> interventions,
        List<NoteView> notes,
        LocalDate previous,
        LocalDate next) {

    /** The positions recorded on one issue. */
    public record IssueChanges(String slug, String title, List<PositionChange> changes) {

        public long movers() {
            return this.changes.stream().filter(PositionChange::isMover).count();
        }
    }

    /** What was said in one meeting (or on the day, when no meeting is named). */
    public record MeetingInterventions(String meeting, List<DigestIntervention> interventions) {}

    /** One intervention as the digest lists it. */
    public record DigestIntervention(
            String speaker, String speakerCode, String onBehalfOf, String kind, String summary, String quote) {}

    public boolean isEmpty() {
        return this.revisions.isEmpty()
                && this.positions.isEmpty()
                && this.interventions.isEmpty()
                && this.notes.isEmpty();
    }

    public int positionCount() {
        return this.positions.stream().mapToInt((i) -> i.changes().size()).sum();
    }

    static List<IssueChanges> byIssue(List<PositionChange> changes) {
        Map<Long, IssueChanges> issues = new LinkedHashMap<>();
        for (PositionChange change : changes) {
            issues.computeIfAbsent(
                            change.issueId(),
                            (id) -> new IssueChanges(change.issueSlug(), change.issueTitle(), new ArrayList<>()))
                    .changes()
                    .add(change);
        }
        return List.copyOf(issues.values());
    }
}
