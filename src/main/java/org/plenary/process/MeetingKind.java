package org.plenary.process;

/**
 * The kinds of meeting a negotiation day holds.
 */
public enum MeetingKind {
    PLENARY,
    INFORMAL,
    BREAKOUT,
    ACTION_GROUP,
    CIVIL_SOCIETY,
    BRIEFING
}
