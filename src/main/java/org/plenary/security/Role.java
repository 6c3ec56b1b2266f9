package org.plenary.security;

/**
 * What an account may do. Each role includes the reading that VIEWER has; ADMIN includes every other role.
 */
public enum Role {

    /** A delegate: reads line-ups, notes and drafts. */
    VIEWER,
    /** Writes daily notes, positions and interventions. */
    COORDINATOR,
    /** Imports and compares draft revisions. */
    ANALYST,
    /** Manages accounts, processes and reference data. */
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
