package org.plenary.positions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.plenary.positions.IssueCatalog;
import org.plenary.positions.IssueView;
import org.plenary.process.ProcessCatalog;
import org.plenary.process.ProcessRef;
import org.plenary.web.NotFoundException;

/**
 * What the position pages share: finding the process and issue a URL names, the default as-of date, and whether the
 * reader is signed in (only then are Chatham House positions shown).
 */
@Component
class Readers {

    private final ProcessCatalog processes;

    private final IssueCatalog issues;

    private final Clock clock;

    Readers(ProcessCatalog processes, IssueCatalog issues, Clock clock) {
        this.processes = processes;
        this.issues = issues;
        this.clock = clock;
    }

    ProcessRef process(String slug) {
        return this.processes.find(slug).orElseThrow(() -> new NotFoundException("process.notFound", slug));
    }

    List<ProcessRef> allProcesses() {
        return this.processes.all();
    }

    List<IssueView> issues(ProcessRef process) {
        return this.issues.issuesOf(process.id());
    }

    static IssueView issue(List<IssueView> issues, String slug) {
        return IssueCatalog.find(issues, slug).orElseThrow(() -> new NotFoundException("issue.notFound", slug));
    }

    LocalDate asOf(ProcessRef process, LocalDate asked) {
        return (asked != null) ? asked : process.defaultAsOf(LocalDate.now(this.clock));
    }

    static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
