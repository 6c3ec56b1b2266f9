package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.plenary.actors.ActorKind;
import org.plenary.actors.RegionalGroup;

/**
 * One actor in a line-up: its stance as of the date (null when unknown), directly or via a group, with the
 * evidence, and where it stood on the compare-with date.
 */
public record LineupEntry(
        Long actorId,
        String code,
        String name,
        ActorKind kind,
        RegionalGroup regionalGroup,
        String iso2,
        Long positionId,
        Long optionId,
        LocalDate validFrom,
        String source,
        String quote,
        String remark,
        boolean confidential,
        String meetingTitle,
        LocalDate meetingDay,
        String onBehalfOf,
        String viaCode,
        String viaName,
        Long compareOptionId,
        String compareViaName,
        Movement movement,
        IssueView.OptionView previousOption,
        List<DifferingGroup> differing) {

    /**
     * Another group of the state whose position on the date differs from the one the state holds through
     * {@code viaName}; {@code reason} says why that one applied: {@code RECENT} (the more recent group position),
     * {@code SMALLER} (same date, the smaller group), {@code LATER} (same date and size, the later recorded).
     */
    public record DifferingGroup(String groupName, IssueView.OptionView option, String reason) {}

    /** How an actor's stance changed between the compare-with date and the as-of date. */
    public enum Movement {

        /** Same stance, or no compare-with date. */
        NONE,
        /** Moved to an option earlier in the issue's order. */
        TOWARD_FIRST,
        /** Moved to an option later in the issue's order. */
        TOWARD_LAST,
        /** Had no known stance on the compare-with date. */
        NEW,
        /** Had a stance on the compare-with date, none now. */
        GONE
    }

    public boolean isGroup() {
        return this.kind == ActorKind.GROUP;
    }

    public boolean isVia() {
        return this.viaName != null;
    }

    /** Whether the state's groups disagree on the date (it holds one group's position, another's differs). */
    public boolean isDisputed() {
        return !this.differing.isEmpty();
    }

    public boolean isMover() {
        return this.movement != Movement.NONE;
    }

    /** Whether the line-up shows a badge or note beside the name: a group, via a group, Chatham House, a remark, a move. */
    public boolean isAnnotated() {
        return isGroup() || isVia() || this.confidential || this.remark != null || isMover();
    }

    public boolean isState() {
        return this.kind != null && this.kind.isState();
    }
}
