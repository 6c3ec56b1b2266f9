package org.plenary.notes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NoteRevisions extends ListCrudRepository<NoteRevision, Long> {

    @Query("select coalesce(max(r.number), 0) from NoteRevision r where r.noteId = :noteId")
    int lastNumber(Long noteId);

    Optional<NoteRevision> findByNoteIdAndNumber(Long noteId, int number);

    List<NoteRevision> findByNoteIdAndNumberIn(Long noteId, List<Integer> numbers);
}
