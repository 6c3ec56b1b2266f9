package org.plenary.positions;

import java.util.List;

/**
 * Positions were recorded, corrected or retracted on an issue (published inside the writing transaction), so that
 * what is derived from positions can follow.
 *
 * @param issueId the issue
 * @param positionIds the positions written
 */
public record PositionsRecorded(Long issueId, List<Long> positionIds) {

    public PositionsRecorded {
        positionIds = List.copyOf(positionIds);
    }
}
