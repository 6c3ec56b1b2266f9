package org.plenary.positions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.actors.ActorDirectory;
import org.plenary.actors.ActorKind;
import org.plenary.actors.ActorRef;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * Records, corrects and retracts positions. The rules are on {@link Position} and {@link Evidence}; this checks what
 * belongs to other modules (the meeting is one of the process', "on behalf of" names a group).
 */
@Service
@Transactional
public class PositionRecorder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Issues issues;

    private final Positions positions;

    private final ProcessCatalog processes;

    private final ActorDirectory actors;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final PositionBatches batches;

    PositionRecorder(
            Issues issues,
            Positions positions,
            PositionBatches batches,
            ProcessCatalog processes,
            ActorDirectory actors,
            Clock clock,
            ApplicationEventPublisher events) {
        this.issues = issues;
        this.positions = positions;
        this.batches = batches;
        this.processes = processes;
        this.actors = actors;
        this.clock = clock;
        this.events = events;
    }

    /** One stance for many actors at once (a pasted line-up list); all or nothing. Returns the new ids. */
    public List<Long> record(Long issueId, Collection<Long> actorIds, PositionDraft draft) {
        Issue issue = this.issues.findById(issueId).orElseThrow(() -> new NotFoundException("issue.notFound", issueId));
        issue.requireOpenForNewPositions();
        StanceOption option = option(issue, draft.optionKey());
        checkEvidence(issue, draft.evidence(), draft.validFrom());
        if (actorIds.isEmpty()) {
            throw new RuleException("actors", "position.actors.required");
        }
        refuseContradictions(issue, option, draft.validFrom(), actorIds, 0L, "actorNames");
        List<Position> created = new ArrayList<>();
        for (Long actorId : actorIds.stream().distinct().toList()) {
            created.add(new Position(
                    issue,
                    actorId,
                    option,
                    draft.validFrom(),
                    draft.evidence(),
                    draft.remark(),
                    currentUser(),
                    this.clock.instant()));
        }
        List<Long> ids =
                this.positions.saveAll(created).stream().map(Position::getId).toList();
        this.events.publishEvent(new PositionsRecorded(issueId, ids));
        return ids;
    }

    /** An actor of a pasted list and the remark of its line. */
    public record Listed(Long actorId, String remark) {}

    /**
     * What a pasted list recorded: how many positions are new, how many actors already held that stance, and the batch
     * the new ones belong to ({@code null} when none is new).
     */
    public record ListOutcome(int recorded, int unchanged, Long batchId) {}

    /** What undoing a batch did, and the line-up it belongs to (process, issue, date). */
    public record BatchUndo(String processSlug, String issueSlug, LocalDate validFrom, int retracted) {}

    /**
     * A pasted list into one stance, each actor with the remark of its line; all or nothing. An actor that already
     * holds this stance from this date (not retracted) is left alone, so pasting the same list twice adds nothing.
     */
    public ListOutcome recordList(Long issueId, List<Listed> listed, PositionDraft draft) {
        Issue issue = this.issues.findById(issueId).orElseThrow(() -> new NotFoundException("issue.notFound", issueId));
        issue.requireOpenForNewPositions();
        StanceOption option = option(issue, draft.optionKey());
        checkEvidence(issue, draft.evidence(), draft.validFrom());
        if (listed.isEmpty()) {
            throw new RuleException("actors", "position.actors.required");
        }
        java.util.Map<Long, String> remarks = new java.util.LinkedHashMap<>();
        listed.forEach((l) -> remarks.putIfAbsent(l.actorId(), l.remark()));
        refuseContradictions(issue, option, draft.validFrom(), remarks.keySet(), 0L, "actorNames");
        java.util.Set<Long> holding = new java.util.HashSet<>(
                this.positions.findHolding(issueId, option.getId(), draft.validFrom(), remarks.keySet()));
        List<Position> created = new ArrayList<>();
        remarks.forEach((actorId, remark) -> {
            if (!holding.contains(actorId)) {
                created.add(new Position(
                        issue,
                        actorId,
                        option,
                        draft.validFrom(),
                        draft.evidence(),
                        (remark != null && !remark.isBlank()) ? remark.strip() : draft.remark(),
                        currentUser(),
                        this.clock.instant()));
            }
        });
        Long batchId = null;
        if (!created.isEmpty()) {
            PositionBatch batch = this.batches.save(
                    new PositionBatch(issueId, draft.validFrom(), currentUser(), this.clock.instant()));
            batchId = batch.getId();
            created.forEach((p) -> p.recordedIn(batch));
            List<Long> ids = this.positions.saveAll(created).stream()
                    .map(Position::getId)
                    .toList();
            this.events.publishEvent(new PositionsRecorded(issueId, ids));
        }
        return new ListOutcome(created.size(), remarks.size() - created.size(), batchId);
    }

    /**
     * Retracts exactly the positions a pasted list recorded (those retracted since are not counted again); a batch is
     * undone once: a second undo is refused ({@code RuleException}, field "batch") and changes nothing.
     */
    public BatchUndo undoBatch(Long batchId) {
        PositionBatch batch = this.batches
                .findById(batchId)
                .orElseThrow(() -> new NotFoundException("position.batch.notFound", batchId));
        batch.undo(currentUser(), this.clock.instant());
        List<Long> retracted = new ArrayList<>();
        for (Position position : this.positions.findByBatchIdOrderById(batchId)) {
            if (!position.isRetracted()) {
                position.retract();
                retracted.add(position.getId());
            }
        }
        this.positions.flush();
        if (!retracted.isEmpty()) {
            this.events.publishEvent(new PositionsRecorded(batch.getIssueId(), retracted));
        }
        return where(batch, retracted.size());
    }

    /** Where a batch's line-up is, without undoing anything: for the page a refused undo returns to. */
    @Transactional(readOnly = true)
    public BatchUndo batch(Long batchId) {
        return where(
                this.batches
                        .findById(batchId)
                        .orElseThrow(() -> new NotFoundException("position.batch.notFound", batchId)),
                0);
    }

    private BatchUndo where(PositionBatch batch, int retracted) {
        Issue issue = this.issues.findById(batch.getIssueId()).orElseThrow();
        String process =
                this.processes.find(issue.getProcessId()).map(ProcessRef::slug).orElseThrow();
        return new BatchUndo(process, issue.getSlug(), batch.getValidFrom(), retracted);
    }

    /** Corrects a recorded position, refusing an edit made on an older version. */
    public void correct(Long positionId, long formVersion, PositionDraft draft) {
        Position position = find(positionId);
        StaleEditException.check(formVersion, position.getVersion());
        StanceOption option = option(position.getIssue(), draft.optionKey());
        checkEvidence(position.getIssue(), draft.evidence(), draft.validFrom());
        refuseContradictions(
                position.getIssue(),
                option,
                draft.validFrom(),
                List.of(position.getActorId()),
                positionId,
                "optionKey");
        position.correct(option, draft.validFrom(), draft.evidence(), draft.remark());
        this.positions.flush();
        this.events.publishEvent(new PositionsRecorded(position.getIssue().getId(), List.of(positionId)));
    }

    /** Withdraws a recorded position: whatever held before it applies again. */
    public void retract(Long positionId, long formVersion) {
        Position position = find(positionId);
        StaleEditException.check(formVersion, position.getVersion());
        position.retract();
        this.positions.flush();
        this.events.publishEvent(new PositionsRecorded(position.getIssue().getId(), List.of(positionId)));
    }

    /** A recorded position as an edit form shows it. */
    @Transactional(readOnly = true)
    public PositionEdit edit(Long positionId) {
        Position p = find(positionId);
        Evidence e = p.getEvidence();
        String onBehalfOf = (e.onBehalfOfId() != null)
                ? this.actors.find(e.onBehalfOfId()).map(ActorRef::code).orElse(null)
                : null;
        return new PositionEdit(
                p.getId(),
                p.getIssue().getProcessId(),
                p.getIssue().getId(),
                p.getIssue().getSlug(),
                p.getActorId(),
                p.getOption().getKey(),
                p.getValidFrom(),
                e.meetingId(),
                e.source(),
                e.quote(),
                onBehalfOf,
                p.getRemark(),
                p.isRetracted(),
                p.getVersion());
    }

    private Position find(Long positionId) {
        return this.positions
                .findWithIssue(positionId)
                .orElseThrow(() -> new NotFoundException("position.notFound", positionId));
    }

    private static StanceOption option(Issue issue, String key) {
        return issue.getOptions().stream()
                .filter((o) -> o.getKey().equalsIgnoreCase((key != null) ? key.strip() : ""))
                .findFirst()
                .orElseThrow(() -> new RuleException("optionKey", "position.option.notOfIssue"));
    }

    private void checkEvidence(Issue issue, Evidence evidence, LocalDate validFrom) {
        if (evidence == null || evidence.isEmpty()) {
            throw new RuleException("source", "position.evidence.required");
        }
        ProcessRef process = this.processes
                .find(issue.getProcessId())
                .orElseThrow(() -> new NotFoundException("process.notFound", issue.getProcessId()));
        if (evidence.meetingId() != null) {
            MeetingRef meeting = this.processes
                    .meeting(evidence.meetingId())
                    .orElseThrow(() -> new RuleException("meetingId", "position.meeting.unknown"));
            if (!process.slug().equals(meeting.processSlug())) {
                throw new RuleException("meetingId", "position.meeting.otherProcess");
            }
            if (validFrom != null && !validFrom.equals(meeting.day())) {
                throw new RuleException(
                        "validFrom", "position.validFrom.notMeetingDay", meeting.title(), DAY.format(meeting.day()));
            }
        }
        checkDate(process, validFrom);
        if (evidence.onBehalfOfId() != null) {
            boolean group = this.actors
                    .find(evidence.onBehalfOfId())
                    .filter((a) -> a.kind() == ActorKind.GROUP)
                    .isPresent();
            if (!group) {
                throw new RuleException("onBehalfOf", "position.onBehalfOf.notAGroup");
            }
        }
    }

    /**
     * One actor, one issue, one day, one stance: a position that would contradict another recorded from the same day
     * (another note's line-up, the form) is refused, naming the actor, the stance on record and its source, so that the
     * coordinator corrects or retracts one of them instead of the line-up silently picking the later.
     */
    private void refuseContradictions(
            Issue issue,
            StanceOption option,
            LocalDate validFrom,
            Collection<Long> actorIds,
            Long except,
            String field) {
        if (validFrom == null || actorIds.isEmpty()) {
            return;
        }
        List<Position> others =
                this.positions.findContradicting(issue.getId(), option.getId(), validFrom, actorIds, except);
        if (others.isEmpty()) {
            return;
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        this.actors
                .findAll(others.stream().map(Position::getActorId).distinct().toList())
                .forEach((a) -> names.put(a.id(), a.name()));
        List<String> described = new ArrayList<>();
        for (Position other : others) {
            Evidence e = other.getEvidence();
            String cited = (e.source() != null) ? e.source() : (e.quote() != null) ? "“" + e.quote() + "”" : null;
            described.add(names.getOrDefault(other.getActorId(), "#" + other.getActorId()) + ": "
                    + other.getOption().getLabel() + ((cited != null) ? " (" + cited + ")" : ""));
        }
        throw new RuleException(field, "position.contradicts", String.join("; ", described), DAY.format(validFrom));
    }

    /** A stance is taken during the process, and not later than today. */
    private void checkDate(ProcessRef process, LocalDate validFrom) {
        if (validFrom == null) {
            return;
        }
        if (process.startsOn() != null && validFrom.isBefore(process.startsOn())) {
            throw new RuleException("validFrom", "position.validFrom.beforeProcess", DAY.format(process.startsOn()));
        }
        if (process.endsOn() != null && validFrom.isAfter(process.endsOn())) {
            throw new RuleException("validFrom", "position.validFrom.afterProcess", DAY.format(process.endsOn()));
        }
        if (validFrom.isAfter(LocalDate.now(this.clock))) {
            throw new RuleException("validFrom", "position.validFrom.future");
        }
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return (authentication != null) ? authentication.getName() : "system";
    }
}
