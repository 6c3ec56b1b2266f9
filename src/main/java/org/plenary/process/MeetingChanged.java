package org.plenary.process;

/**
 * A meeting was created or changed (published inside the writing transaction). Other modules react to what the
 * meeting now is: a meeting that came under the Chatham House rule demotes the public notes about it.
 *
 * @param meetingId the meeting
 * @param processId the process it belongs to
 * @param chathamHouse whether the meeting is now under the Chatham House rule
 * @param becameChathamHouse whether this change put it under the rule (it was not before, or it is new and under it)
 */
public record MeetingChanged(Long meetingId, Long processId, boolean chathamHouse, boolean becameChathamHouse) {}
