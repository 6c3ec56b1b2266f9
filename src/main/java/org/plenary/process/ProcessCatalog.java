package org.plenary.process;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process module's API for other modules: look up processes and meetings by their identifiers.
 */
@Service
@Transactional(readOnly = true)
public class ProcessCatalog {

    private final Processes processes;

    private final Meetings meetings;

    ProcessCatalog(Processes processes, Meetings meetings) {
        this.processes = processes;
        this.meetings = meetings;
    }

    public Optional<ProcessRef> find(String slug) {
        return this.processes.findBySlug(slug).map(ProcessRef::of);
    }

    public List<ProcessRef> all() {
        return this.processes.findAllInOrder().stream().map(ProcessRef::of).toList();
    }

    public Optional<MeetingRef> meeting(Long id) {
        return this.meetings.findRef(id);
    }

    /** The meetings of a process, latest day first (one query). */
    public List<MeetingRef> meetingsOf(Long processId) {
        return this.meetings.findRefsOfProcess(processId);
    }
}
