package org.plenary.process;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process module's API for other modules: look up processes and meetings by their identifiers, the meetings of
 * a process and the process of a meeting.
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

    public Optional<ProcessRef> find(Long id) {
        return this.processes.findById(id).map(ProcessRef::of);
    }

    public List<ProcessRef> all() {
        return this.processes.findAllInOrder().stream().map(ProcessRef::of).toList();
    }

    public Optional<MeetingRef> meeting(Long id) {
        return this.meetings.findRef(id);
    }

    /** The meetings of a process, latest day first, in the order of the day; one query. */
    public List<MeetingRef> meetingsOf(Long processId) {
        return this.meetings.findRefsOfProcess(processId);
    }

    /** The meetings with these ids (interventions, #8), one query. */
    public List<MeetingRef> meetings(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : this.meetings.findRefs(ids);
    }

    /**
     * The meetings of every process held under the Chatham House rule, one query: what a read leaves out (or
     * anonymises) for anonymous readers before it pages (interventions, #8).
     */
    public List<Long> chathamHouseMeetingIds() {
        return this.meetings.findChathamHouseIds();
    }

    /** The process a meeting belongs to. */
    public Optional<ProcessRef> processOf(Long meetingId) {
        return this.meetings.findProcessOf(meetingId).map(ProcessRef::of);
    }

    /** A process' rounds, their days and the meetings of each day in their order, one query (notes, #7). */
    public CalendarView calendar(ProcessRef process) {
        return CalendarView.of(process, this.processes.findCalendarRows(process.id()));
    }
}
