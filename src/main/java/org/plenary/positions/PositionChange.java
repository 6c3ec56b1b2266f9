package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;

import org.plenary.actors.ActorKind;

/**
 * A position recorded for a date, with where the actor stood before it: the stance it held the day before (its own or
 * through a group, as the line-up reads it) for a day's digest, or its own previous position for "since my last
 * visit". {@code movement} is the line-up's arrow ({@link LineupEntry.Movement}).
 */
public record PositionChange(
        Long positionId,
        Long processId,
        Long issueId,
        String issueSlug,
        String issueTitle,
        Long actorId,
        String actorCode,
        String actorName,
        ActorKind actorKind,
        String optionLabel,
        String previousLabel,
        String previousVia,
        LineupEntry.Movement movement,
        LocalDate validFrom,
        String source,
        String quote,
        String remark,
        String onBehalfOf,
        boolean confidential,
        String meetingTitle,
        Instant recordedAt) {

    public boolean isGroup() {
        return this.actorKind == ActorKind.GROUP;
    }

    public boolean isMover() {
        return this.movement != LineupEntry.Movement.NONE;
    }

    /** The arrow from the ranks of the options before and now; NEW when there was no stance before. */
    static LineupEntry.Movement movement(Integer rankBefore, Long optionBefore, int rankNow, Long optionNow) {
        if (optionBefore == null) {
            return LineupEntry.Movement.NEW;
        }
        if (optionBefore.equals(optionNow)) {
            return LineupEntry.Movement.NONE;
        }
        return (rankNow < rankBefore) ? LineupEntry.Movement.TOWARD_FIRST : LineupEntry.Movement.TOWARD_LAST;
    }
}
