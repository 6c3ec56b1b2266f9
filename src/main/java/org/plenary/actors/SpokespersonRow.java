package org.plenary.actors;

import java.time.LocalDate;

/**
 * Who spoke for which group, when.
 */
public record SpokespersonRow(
        Long id,
        Long groupId,
        String groupCode,
        String groupName,
        Long actorId,
        String actorCode,
        String actorName,
        LocalDate validFrom,
        LocalDate validTo,
        Long meetingId) {}
