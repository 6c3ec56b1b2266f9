package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * An actor's stance on an issue from a date, with its evidence. Positions are never deleted: a later one supersedes
 * an earlier one from its date, a correction changes this one (audited, versioned), and a retraction withdraws it
 * so that whatever held before applies again. Which position holds on a date (supersession, group inheritance, the
 * Chatham House rule) is stated once, in the SQL of {@link LineupReader#STANCES}.
 */
@Entity
class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Issue issue;

    private Long actorId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private StanceOption option;

    private LocalDate validFrom;

    @Embedded
    private Evidence evidence;

    private String remark;

    private String recordedBy;

    private Instant recordedAt;

    private boolean retracted;

    /** The pasted list that recorded this position, if one did: undoing the batch retracts it. */
    private Long batchId;

    @Version
    private long version;

    protected Position() {}

    Position(
            Issue issue,
            Long actorId,
            StanceOption option,
            LocalDate validFrom,
            Evidence evidence,
            String remark,
            String recordedBy,
            Instant recordedAt) {
        this.issue = issue;
        this.actorId = actorId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        correct(option, validFrom, evidence, remark);
    }

    /** Changes what this position says; the audit trail keeps what it said before. */
    void correct(StanceOption option, LocalDate validFrom, Evidence evidence, String remark) {
        if (!this.issue.offers(option)) {
            throw new RuleException("optionKey", "position.option.notOfIssue");
        }
        if (validFrom == null) {
            throw new RuleException("validFrom", "position.validFrom.required");
        }
        if (evidence == null || evidence.isEmpty()) {
            throw new RuleException("source", "position.evidence.required");
        }
        if (this.retracted) {
            throw new RuleException("optionKey", "position.retracted.unchangeable");
        }
        this.option = option;
        this.validFrom = validFrom;
        this.evidence = evidence;
        this.remark = (remark == null || remark.isBlank()) ? null : remark.strip();
    }

    void recordedIn(PositionBatch batch) {
        this.batchId = batch.getId();
    }

    void retract() {
        this.retracted = true;
    }

    Long getId() {
        return this.id;
    }

    Issue getIssue() {
        return this.issue;
    }

    Long getActorId() {
        return this.actorId;
    }

    StanceOption getOption() {
        return this.option;
    }

    LocalDate getValidFrom() {
        return this.validFrom;
    }

    Evidence getEvidence() {
        return this.evidence;
    }

    String getRemark() {
        return this.remark;
    }

    String getRecordedBy() {
        return this.recordedBy;
    }

    boolean isRetracted() {
        return this.retracted;
    }

    long getVersion() {
        return this.version;
    }
}
