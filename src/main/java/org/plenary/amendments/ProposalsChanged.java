package org.plenary.amendments;

/**
 * Proposals against a revision were recorded or changed (published inside the writing transaction): their outcomes,
 * if the next revision exists, are computed again.
 *
 * @param processId the process
 * @param revisionId the revision the proposals were made against
 */
public record ProposalsChanged(Long processId, Long revisionId) {}
