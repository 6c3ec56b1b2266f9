package org.plenary.notes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Notes extends JpaRepository<Note, Long> {

    @Query("select distinct n from Note n left join fetch n.tags where n.id = :id")
    Optional<Note> findWithTags(Long id);

    @Query("select n from Note n where n.meetingId = :meetingId and n.visibility = org.plenary.notes.Visibility.PUBLIC")
    List<Note> findPublicOfMeeting(Long meetingId);

    @Query("select count(n) from Note n where n.meetingId in :meetingIds")
    long countByMeetingIdIn(java.util.Collection<Long> meetingIds);
}
