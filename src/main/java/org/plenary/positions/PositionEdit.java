package org.plenary.positions;

import java.time.LocalDate;

/**
 * A recorded position as its edit form starts from, with the version the edit is made on.
 */
public record PositionEdit(
        Long id,
        Long processId,
        Long issueId,
        String issueSlug,
        Long actorId,
        String optionKey,
        LocalDate validFrom,
        Long meetingId,
        String source,
        String quote,
        String onBehalfOfCode,
        String remark,
        boolean retracted,
        long version) {}
