package org.plenary.positions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issues of a process with their options, read in one query.
 */
@Service
@Transactional(readOnly = true)
public class IssueCatalog {

    private final Issues issues;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    IssueCatalog(Issues issues, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.issues = issues;
        this.jdbc = jdbc;
    }

    /** A meeting a position can cite as evidence. */
    public record MeetingChoice(
            Long id, String roundName, java.time.LocalDate day, String title, boolean chathamHouse) {}

    /**
     * The meetings of a process, for the evidence select of the entry forms. A read of the process module's tables:
     * its API has no list of meetings, and one query beats one per meeting.
     */
    public List<MeetingChoice> meetingsOf(Long processId) {
        return this.jdbc
                .sql("""
				select m.id, r.name, rd.day, m.title, m.chatham_house
				from meeting m join round_day rd on rd.id = m.round_day_id join round r on r.id = rd.round_id
				where r.process_id = :processId
				order by rd.day desc, m.starts_at nulls last, m.id
				""")
                .param("processId", processId)
                .query((rs, n) -> new MeetingChoice(
                        rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getBoolean(5)))
                .list();
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
                                row.optionId(), row.key(), row.label(), row.shortLabel(), row.colour(), row.rank()));
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
