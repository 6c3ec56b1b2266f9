package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.plenary.web.RuleException;

/**
 * The positions one pasted list recorded, as one batch: they carry its id, so that undoing the batch retracts exactly
 * them. A batch is undone once.
 */
@Entity
class PositionBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long issueId;

    private LocalDate validFrom;

    private String recordedBy;

    private Instant recordedAt;

    private String undoneBy;

    private Instant undoneAt;

    @Version
    private long version;

    protected PositionBatch() {}

    PositionBatch(Long issueId, LocalDate validFrom, String recordedBy, Instant recordedAt) {
        this.issueId = issueId;
        this.validFrom = validFrom;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Marks the batch undone; a second undo is refused with who undid it and when. */
    void undo(String by, Instant at) {
        if (this.undoneAt != null) {
            throw new RuleException("batch", "position.batch.undoneAlready", this.undoneBy);
        }
        this.undoneBy = by;
        this.undoneAt = at;
    }

    Long getId() {
        return this.id;
    }

    Long getIssueId() {
        return this.issueId;
    }

    LocalDate getValidFrom() {
        return this.validFrom;
    }
}
