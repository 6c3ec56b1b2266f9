package org.plenary.positions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.plenary.web.NotFoundException;
import org.plenary.web.RuleException;
import org.plenary.web.StaleEditException;

/**
 * Sets up the issues of a process and their ordered stance options, so that any negotiation is served without SQL.
 * The rules are on {@link Issue} and {@link StanceOption} ({@link RuleException}); this finds what a URL
 * names, checks that a slug is free in the process and that an edit starts from the saved version
 * ({@link StaleEditException}). A save that loses a race at commit fails with Spring's optimistic locking exception.
 */
@Service
@Transactional
public class IssueAdministration {

    private final Issues issues;

    private final Positions positions;

    IssueAdministration(Issues issues, Positions positions) {
        this.issues = issues;
        this.positions = positions;
    }

    /** A new issue of the process, without options yet; returns its slug. */
    public String create(Long processId, String slug, String title, String description) {
        if (slug == null || !slug.matches(Issue.KEY_PATTERN)) {
            throw new RuleException("slug", "issue.slug.pattern");
        }
        if (this.issues.findByProcessIdAndSlug(processId, slug).isPresent()) {
            throw new RuleException("slug", "issue.slug.taken");
        }
        Issue issue = new Issue(processId, slug, title.strip(), description);
        this.issues.saveAndFlush(issue);
        return issue.getSlug();
    }

    public void describe(Long processId, String slug, long formVersion, String title, String description) {
        Issue issue = issue(processId, slug);
        StaleEditException.check(formVersion, issue.getVersion());
        issue.describe(title.strip(), description);
        this.issues.flush();
    }

    public void addOption(Long processId, String slug, String key, String label, String colour) {
        issue(processId, slug).addOption(key, label, colour);
        this.issues.flush();
    }

    public void relabelOption(Long processId, String slug, String key, long formVersion, String label, String colour) {
        StanceOption option = option(issue(processId, slug), key);
        StaleEditException.check(formVersion, option.getVersion());
        option.relabel(label, colour);
        this.issues.flush();
    }

    /** Moves an option one place up ({@code -1}) or down ({@code +1}) in the issue's order. */
    public void moveOption(Long processId, String slug, String key, int step) {
        Issue issue = issue(processId, slug);
        issue.moveOption(option(issue, key), step);
        this.issues.flush();
    }

    /** Deletes an option that no position uses; one in use is refused ({@code option.inUse}). */
    public void removeOption(Long processId, String slug, String key) {
        Issue issue = issue(processId, slug);
        StanceOption option = option(issue, key);
        issue.removeOption(option, this.positions.countByOption(option.getId()));
        this.issues.flush();
    }

    /** The issue with its options, their versions and use, as the edit page shows it: two queries. */
    @Transactional(readOnly = true)
    public IssueEdit edit(Long processId, String slug) {
        Issue issue = issue(processId, slug);
        Map<Long, Long> uses = new HashMap<>();
        for (Object[] row : this.positions.countByOptionOf(issue.getId())) {
            uses.put((Long) row[0], (Long) row[1]);
        }
        return new IssueEdit(
                issue.getId(),
                issue.getSlug(),
                issue.getTitle(),
                issue.getDescription(),
                issue.getVersion(),
                issue.getOptions().stream()
                        .sorted(Comparator.comparingInt(StanceOption::getRank))
                        .map((o) -> new IssueEdit.OptionEdit(
                                o.getId(),
                                o.getKey(),
                                o.getLabel(),
                                o.getColour(),
                                o.getRank(),
                                o.getVersion(),
                                uses.getOrDefault(o.getId(), 0L)))
                        .toList());
    }

    private Issue issue(Long processId, String slug) {
        return this.issues
                .findWithOptions(processId, slug)
                .orElseThrow(() -> new NotFoundException("issue.notFound", slug));
    }

    private static StanceOption option(Issue issue, String key) {
        return issue.option(key).orElseThrow(() -> new NotFoundException("option.notFound", key));
    }
}
