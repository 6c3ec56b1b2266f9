package org.plenary.positions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.process.ProcessCatalog;

/**
 * The issues of a process with their options, read in one query.
 */
@Service
@Transactional(readOnly = true)
public class IssueCatalog {

    private final Issues issues;

    private final ProcessCatalog processes;

    IssueCatalog(Issues issues, ProcessCatalog processes) {
        this.issues = issues;
        this.processes = processes;
    }

    /** A meeting a position can cite as evidence. */
    public record MeetingChoice(
            Long id, String roundName, java.time.LocalDate day, String title, boolean chathamHouse) {}

    /** The meetings of a process, for the evidence select of the entry forms (from the process module's API). */
    public List<MeetingChoice> meetingsOf(Long processId) {
        return this.processes.meetingsOf(processId).stream()
                .map((m) -> new MeetingChoice(m.id(), m.roundName(), m.day(), m.title(), m.chathamHouse()))
                .toList();
    }

    public List<IssueView> issuesOf(Long processId) {
        Map<Long, IssueView> byId = new LinkedHashMap<>();
        for (IssueOptionRow row : this.issues.findIssueOptionRows(processId)) {
            IssueView issue = byId.computeIfAbsent(
                    row.issueId(),
                    (id) -> new IssueView(id, row.slug(), row.title(), row.description(), new ArrayList<>()));
            if (row.optionId() != null) {
                issue.options()
                        .add(new IssueView.OptionView(
                                row.optionId(), row.key(), row.label(), row.colour(), row.rank()));
            }
        }
        return byId.values().stream()
                .map((i) -> new IssueView(i.id(), i.slug(), i.title(), i.description(), List.copyOf(i.options())))
                .toList();
    }

    /** The issue with this slug among a process' issues (read with {@link #issuesOf}), if any. */
    public static Optional<IssueView> find(List<IssueView> issues, String slug) {
        return issues.stream().filter((i) -> i.slug().equalsIgnoreCase(slug)).findFirst();
    }
}
