package org.plenary.actors;

/**
 * The meetings a spokesperson can be named for. The process module owns meetings and depends on this module
 * (co-facilitators are actors), so it implements this interface rather than this module reading its tables or
 * depending back on it.
 */
public interface SpokespersonMeetings {

    boolean exists(Long meetingId);
}
